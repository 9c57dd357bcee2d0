package org.newsroom.articles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The full article as the API shows it; {@code bodyFormat} says how {@code body} is written (markdown or html).
 * {@code updatedBy}, the account that last wrote it, is for editors only: account names are internal.
 */
@Serdeable
public record ArticleView(String id, String slug, String title, String excerpt, String body, String bodyFormat, String bodyHtml,
                          String author, List<String> tags, String status, String commentStatus,
                          @Nullable Instant publishedAt, Instant createdAt, Instant updatedAt, Long version,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String updatedBy) {

    static ArticleView of(Article article) {
        return of(article, null);
    }

    static ArticleView forEditor(Article article) {
        return of(article, article.updatedBy());
    }

    private static ArticleView of(Article article, @Nullable String updatedBy) {
        return new ArticleView(article.id(), article.slug(), article.title(), article.excerpt(), article.body(),
                Article.formatOf(article), article.bodyHtml(), article.author(), article.shownTags(), article.status(), article.commentStatus(),
                article.publishedAt(), article.createdAt(), article.updatedAt(), article.version(), updatedBy);
    }
}
