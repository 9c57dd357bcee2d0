package org.newsroom.comments;

import java.util.Set;

/** The moderation states of a comment. */
final class CommentStatus {

    static final String PENDING = "pending";
    static final String APPROVED = "approved";
    static final String SPAM = "spam";
    static final String TRASH = "trash";
    static final Set<String> ALL = Set.of(PENDING, APPROVED, SPAM, TRASH);

    private CommentStatus() {
    }
}
