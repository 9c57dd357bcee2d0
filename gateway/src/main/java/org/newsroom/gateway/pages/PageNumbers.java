package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;

/**
 * Page numbers from a query string: anything that is not a whole number from 1 on is the first page. A
 * number too large for an {@code int} is still a number: it is read as the largest page there can be, which
 * is past the last of any list (so the 404 page, like any page past the last).
 */
public final class PageNumbers {

    private static final String LARGEST = String.valueOf(Integer.MAX_VALUE);

    private PageNumbers() {
    }

    public static int parse(@Nullable String value) {
        String digits = value == null ? "" : value.trim();
        if (!digits.matches("\\d{1,1000}")) {
            return 1;
        }
        String significant = digits.replaceFirst("^0+", "");
        if (significant.isEmpty()) {
            return 1;
        }
        boolean beyondAnInt = significant.length() > LARGEST.length()
                || significant.length() == LARGEST.length() && significant.compareTo(LARGEST) > 0;
        return beyondAnInt ? Integer.MAX_VALUE : Integer.parseInt(significant);
    }
}
