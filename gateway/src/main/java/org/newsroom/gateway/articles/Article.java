package org.newsroom.gateway.articles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An article as the gateway shows it; timestamps are passed on as articles-service wrote them.
 * {@code updatedBy} (the account that last wrote it) reaches editors only, and is left out when absent.
 */
@Serdeable
public record Article(@Nullable String id, @Nullable String slug, @Nullable String title, @Nullable String excerpt,
                      @Nullable String body, @Nullable String bodyFormat, @Nullable String bodyHtml, @Nullable String author, @Nullable List<String> tags,
                      @Nullable String status, @Nullable String commentStatus, @Nullable String publishedAt,
                      @Nullable String createdAt, @Nullable String updatedAt, @Nullable Long version,
                      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String updatedBy) {

    boolean isWhole() {
        return id != null && slug != null && title != null;
    }

    /** The article as a reader may see it: account names are internal. */
    Article forReaders() {
        return new Article(id, slug, title, excerpt, body, bodyFormat, bodyHtml, author, tags, status, commentStatus, publishedAt,
                createdAt, updatedAt, version, null);
    }
}
