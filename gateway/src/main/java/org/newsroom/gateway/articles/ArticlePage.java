package org.newsroom.gateway.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.gateway.http.Identifiers;

import java.util.List;

/** A list page as articles-service answers it. */
@Serdeable
record ArticlePage(@Nullable List<ArticleSummary> items, int page, int size, long total, long totalPages) {

    boolean isWhole() {
        return items != null && items.stream().allMatch(item -> item.id() != null && Identifiers.isId(item.id()) && item.slug() != null);
    }
}
