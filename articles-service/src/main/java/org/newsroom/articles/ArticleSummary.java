package org.newsroom.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** An article in a list: everything but the body. */
@Serdeable
public record ArticleSummary(String id, String slug, String title, String excerpt, String author, List<String> tags,
                             String status, String commentStatus, @Nullable Instant publishedAt, Instant updatedAt) {

    static ArticleSummary of(Article article) {
        return new ArticleSummary(article.id(), article.slug(), article.title(), article.excerpt(), article.author(),
                article.shownTags(), article.status(), article.commentStatus(), article.publishedAt(), article.updatedAt());
    }
}
