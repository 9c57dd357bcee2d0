package org.newsroom.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.List;

/** An article as stored: the Markdown body with its rendered HTML and the words it can be found by. */
@MappedEntity("articles")
public record Article(
        @Id @GeneratedValue @Nullable String id,
        String slug,
        String title,
        String excerpt,
        String body,
        String bodyHtml,
        String author,
        List<String> tags,
        String status,
        String commentStatus,
        @Nullable Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,
        @Version @Nullable Long version,
        List<String> searchTokens) {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }
}
