package org.newsroom.gateway.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An article as the gateway shows it; timestamps are passed on as articles-service wrote them. */
@Serdeable
public record Article(@Nullable String id, @Nullable String slug, @Nullable String title, @Nullable String excerpt,
                      @Nullable String body, @Nullable String bodyFormat, @Nullable String bodyHtml, @Nullable String author, @Nullable List<String> tags,
                      @Nullable String status, @Nullable String commentStatus, @Nullable String publishedAt,
                      @Nullable String createdAt, @Nullable String updatedAt, @Nullable Long version) {

    boolean isWhole() {
        return id != null && slug != null && title != null;
    }
}
