package org.newsroom.wpimport;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** WordPress dates ({@code 2007-09-04 10:49:28}); {@code 0000-00-00 00:00:00} (a draft's GMT date) is no date. */
final class WxrDates {

    private static final DateTimeFormatter WORDPRESS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WxrDates() {
    }

    /** The GMT date, else the site's local date read as UTC (the export does not say the site's offset), else null. */
    static Instant instant(String gmt, String local) {
        Instant date = parse(gmt);
        return date != null ? date : parse(local);
    }

    static Instant parse(String text) {
        if (text == null || text.isBlank() || text.startsWith("0000-00-00")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), WORDPRESS).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
