package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Timestamps as readers read them (UTC, English); what cannot be read shows as nothing. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Dates() {
    }

    static String day(@Nullable String iso) {
        Instant instant = parse(iso);
        return instant == null ? "" : DAY.format(instant);
    }

    public static String dayAndTime(@Nullable String iso) {
        Instant instant = parse(iso);
        return instant == null ? "" : DAY_AND_TIME.format(instant);
    }

    @Nullable
    static Instant parse(@Nullable String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
