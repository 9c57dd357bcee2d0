package org.newsroom.articles.sitemap;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of published articles in a stable order (oldest first), with the total to cut the sitemap into files. */
@Serdeable
public record SitemapPage(List<SitemapEntry> items, int page, int size, long total, long totalPages) {
}
