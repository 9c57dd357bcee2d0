package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;

/** Page numbers from a query string: anything that is not a whole number from 1 on is the first page. */
final class PageNumbers {

    static final int MAX = 1_000_000;

    private PageNumbers() {
    }

    static int parse(@Nullable String value) {
        if (value == null || !value.trim().matches("\\d{1,7}")) {
            return 1;
        }
        int page = Integer.parseInt(value.trim());
        return page < 1 || page > MAX ? 1 : page;
    }
}
