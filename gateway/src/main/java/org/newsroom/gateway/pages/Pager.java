package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;

import java.util.function.IntFunction;

/** Links to the neighbouring pages of a paged list; nothing to show when everything fits on one page. */
public record Pager(int page, long totalPages, @Nullable String previous, @Nullable String next,
                   String previousLabel, String nextLabel, String label) {

    static Pager of(int page, long totalPages, IntFunction<String> href, String previousLabel, String nextLabel, String label) {
        return new Pager(page, totalPages, page > 1 ? href.apply(page - 1) : null, page < totalPages ? href.apply(page + 1) : null,
                previousLabel, nextLabel, label);
    }

    public boolean isShown() {
        return totalPages > 1;
    }
}
