package org.newsroom.gateway.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The article a comment asked for by its id belongs to, as comments-service names it beside the comment. */
@Serdeable
public record CommentArticle(@Nullable String articleId) {
}
