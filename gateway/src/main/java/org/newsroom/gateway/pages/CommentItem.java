package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;
import org.newsroom.gateway.comments.Comment;

import java.util.List;

/** An approved comment as the thread partial shows it, with its visible replies; {@code editedAt} is set once its author edited it. */
public record CommentItem(String id, String authorName, @Nullable String authorUrl, String contentHtml,
                          @Nullable String createdAt, String createdLabel, List<CommentItem> replies, @Nullable String editedAt) {

    static CommentItem of(Comment comment) {
        String name = comment.authorName() == null || comment.authorName().isBlank() ? "Anonymous" : comment.authorName();
        return new CommentItem(comment.id(), name, WebUrls.orNull(comment.authorUrl()), comment.contentHtml(), comment.createdAt(),
                Dates.dayAndTime(comment.createdAt()), comment.replies().stream().map(CommentItem::of).toList(), comment.editedAt());
    }
}
