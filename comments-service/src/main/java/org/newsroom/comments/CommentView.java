package org.newsroom.comments;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * What readers see of a comment: never an email, IP or user agent. {@code articleId} is set only on
 * a comment asked for by its id, so that the gateway can check its article is still published.
 */
@Serdeable
public record CommentView(String id, @Nullable String parentId, String authorName, @Nullable String authorUrl,
                          String content, String contentFormat, String contentHtml, Instant createdAt, List<CommentView> replies,
                          @Nullable Instant editedAt, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String articleId) {

    static CommentView of(Comment comment, List<CommentView> replies) {
        return new CommentView(comment.id(), comment.parentId(), comment.authorName(), comment.authorUrl(),
                comment.content(), ContentFormat.of(comment.contentFormat()), comment.contentHtml(), comment.createdAt(), replies,
                comment.editedAt(), null);
    }

    CommentView onArticle(String article) {
        return new CommentView(id, parentId, authorName, authorUrl, content, contentFormat, contentHtml, createdAt, replies, editedAt,
                article);
    }
}
