package org.newsroom.gateway.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A comment as readers see it, with its visible replies. Whatever else comments-service sends is
 * dropped here, so an email, IP or user agent can never reach a reader through the gateway.
 * {@code contentFormat} says how {@code content} is written: {@code markdown} or {@code html} (imported).
 */
@Serdeable
public record Comment(@Nullable String id, @Nullable String parentId, @Nullable String authorName, @Nullable String authorUrl,
                      @Nullable String content, @Nullable String contentFormat, @Nullable String contentHtml, @Nullable String createdAt,
                      @Nullable List<Comment> replies, @Nullable String editedAt) {

    public Comment {
        replies = replies == null ? List.of() : replies;
    }

    boolean isWhole() {
        return id != null && contentHtml != null && replies.stream().allMatch(Comment::isWhole);
    }
}
