package org.newsroom.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The full article as the API shows it; {@code bodyFormat} says how {@code body} is written (markdown or html). */
@Serdeable
public record ArticleView(String id, String slug, String title, String excerpt, String body, String bodyFormat, String bodyHtml,
                          String author, List<String> tags, String status, String commentStatus,
                          @Nullable Instant publishedAt, Instant createdAt, Instant updatedAt, Long version) {

    static ArticleView of(Article article) {
        return new ArticleView(article.id(), article.slug(), article.title(), article.excerpt(), article.body(),
                Article.formatOf(article), article.bodyHtml(), article.author(), article.tags(), article.status(), article.commentStatus(),
                article.publishedAt(), article.createdAt(), article.updatedAt(), article.version());
    }
}
