package org.newsroom.gateway.feeds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of published articles as articles-service lists them for the sitemap. */
@Serdeable
record SitemapEntry(@Nullable String slug, @Nullable String updatedAt) {

    @Serdeable
    record Page(@Nullable List<SitemapEntry> items, long total, long totalPages) {
    }
}
