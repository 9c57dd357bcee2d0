package org.newsroom.comments;

import reactor.core.publisher.Mono;

/** Something that follows up on what happens to comments once it is stored (mail, for one). */
public interface CommentListener {

    /** A reader's or moderator's comment was stored; {@code wantsReplies}: its author asked for mail about replies. */
    default Mono<Void> posted(Comment comment, boolean wantsReplies) {
        return Mono.empty();
    }

    /** A moderator changed the comment's status. */
    default Mono<Void> statusChanged(Comment before, Comment after) {
        return Mono.empty();
    }

    /** The author edited the comment within the edit window. */
    default Mono<Void> edited(Comment before, Comment after) {
        return Mono.empty();
    }
}
