package org.newsroom.articles.sitemap;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A published article as a sitemap lists it: where it is and when it last changed. */
@Serdeable
public record SitemapEntry(String slug, Instant updatedAt) {
}
