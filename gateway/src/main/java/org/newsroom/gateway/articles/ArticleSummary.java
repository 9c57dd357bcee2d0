package org.newsroom.gateway.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An article in a list page of articles-service. */
@Serdeable
record ArticleSummary(@Nullable String id, @Nullable String slug, @Nullable String title, @Nullable String excerpt,
                      @Nullable String author, @Nullable List<String> tags, @Nullable String status,
                      @Nullable String commentStatus, @Nullable String publishedAt, @Nullable String updatedAt) {
}
