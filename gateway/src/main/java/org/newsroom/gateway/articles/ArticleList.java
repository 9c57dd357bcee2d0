package org.newsroom.gateway.articles;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The public list page: {@code complete} is false when the comment counts could not be had. */
@Serdeable
public record ArticleList(List<ListedArticle> items, int page, int size, long total, long totalPages, boolean complete) {
}
