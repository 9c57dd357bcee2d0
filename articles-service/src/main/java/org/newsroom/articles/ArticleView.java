package org.newsroom.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The full article as the API shows it. */
@Serdeable
public record ArticleView(String id, String slug, String title, String excerpt, String body, String bodyHtml,
                          String author, List<String> tags, String status, String commentStatus,
                          @Nullable Instant publishedAt, Instant createdAt, Instant updatedAt, Long version) {

    static ArticleView of(Article article) {
        return new ArticleView(article.id(), article.slug(), article.title(), article.excerpt(), article.body(),
                article.bodyHtml(), article.author(), article.tags(), article.status(), article.commentStatus(),
                article.publishedAt(), article.createdAt(), article.updatedAt(), article.version());
    }
}
