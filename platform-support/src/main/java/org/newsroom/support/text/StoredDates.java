package org.newsroom.support.text;

import java.time.Instant;

/** The dates a record may carry: years 1 to 9999, which every store, JSON writer and page can show. */
public final class StoredDates {

    public static final String RANGE_MESSAGE = "must be a date between the years 1 and 9999";
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999Z");

    private StoredDates() {
    }

    public static boolean isStorable(Instant date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
