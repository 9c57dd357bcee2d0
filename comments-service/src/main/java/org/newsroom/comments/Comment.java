package org.newsroom.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.List;

/**
 * A reader's comment as stored. {@code ancestors} lists the thread from its top-level comment down
 * to the parent; {@code visible} (approved, with every ancestor approved) is kept up to date on each
 * status change so that pages and counts are index lookups. {@code editTokenHash} is the SHA-256 of
 * the secret its author got back to edit it for a short while; {@code editedAt} is set by such an edit.
 * {@code repliedToId} is the comment a reply was written to when the depth cap made {@code parentId}
 * that comment's parent: its author is told of the reply too. {@code contentFormat} says how
 * {@code content} is written ({@link ContentFormat}; none in documents stored before it existed).
 * {@code deleting} marks a comment a moderator is deleting for good ({@link CommentDeletion}): it is
 * hidden, takes no reply, and its replies are being moved up past it ({@link ThreadRepair}).
 */
@MappedEntity("comments")
public record Comment(
        @Id @GeneratedValue @Nullable String id,
        String articleId,
        @Nullable String articleSlug,
        @Nullable String parentId,
        @Nullable String rootId,
        List<String> ancestors,
        int depth,
        String authorName,
        String authorEmail,
        String authorEmailKey,
        @Nullable String authorUrl,
        String content,
        String contentHtml,
        String dedupeKey,
        String status,
        boolean visible,
        @Nullable String authorIp,
        @Nullable String userAgent,
        Instant createdAt,
        Instant updatedAt,
        @Nullable String articleTitle,
        @Nullable String editTokenHash,
        @Nullable Instant editedAt,
        @Nullable String repliedToId,
        @Nullable String contentFormat,
        @Nullable Boolean deleting) {

    public static final int MAX_DEPTH = 5;

    /** Whether a moderator's deletion of it is under way (it is no longer shown, and is about to be gone). */
    public boolean underDeletion() {
        return Boolean.TRUE.equals(deleting);
    }
}
