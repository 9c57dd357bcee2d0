package org.newsroom.articles;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record ArticlePage(List<ArticleSummary> items, int page, int size, long total, long totalPages) {

    static ArticlePage of(List<ArticleSummary> items, int page, int size, long total) {
        return new ArticlePage(items, page, size, total, (total + size - 1) / size);
    }
}
