package org.newsroom.gateway.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.gateway.comments.CommentPage;

/** The article page: the article and a page of its approved threads, {@code comments} null when they could not be had. */
@Serdeable
public record ArticleView(Article article, @Nullable CommentPage comments, boolean complete) {
}
