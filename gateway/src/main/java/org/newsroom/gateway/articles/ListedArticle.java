package org.newsroom.gateway.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An article on the public list, with how many comments a reader can see ({@code null} when comments-service failed). */
@Serdeable
public record ListedArticle(String id, String slug, @Nullable String title, @Nullable String excerpt, @Nullable String author,
                     @Nullable List<String> tags, @Nullable String status, @Nullable String publishedAt, @Nullable String updatedAt,
                     @Nullable String commentStatus, @Nullable Long commentCount) {

    static ListedArticle of(ArticleSummary summary, @Nullable Long commentCount) {
        return new ListedArticle(summary.id(), summary.slug(), summary.title(), summary.excerpt(), summary.author(), summary.tags(),
                summary.status(), summary.publishedAt(), summary.updatedAt(), summary.commentStatus(), commentCount);
    }
}
