package org.newsroom.gateway.http;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP dates (RFC 9110 §5.6.7): written as IMF-fixdates ({@code Thu, 01 Jan 1970 00:00:00 GMT}, the day always two
 * digits, which Java's RFC 1123 format leaves out), read in that form and in the two obsolete ones a recipient must
 * still take: RFC 850 ({@code Sunday, 29-Nov-26 12:00:00 GMT}) and asctime ({@code Sun Nov 29 12:00:00 2026}).
 */
public final class HttpDates {

    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);
    /** A two-digit year more than 50 years ahead is the last such year in the past (RFC 9110 §5.6.7). */
    private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder()
            .appendPattern("EEEE, dd-MMM-")
            .appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.now(ZoneOffset.UTC).minusYears(49))
            .appendPattern(" HH:mm:ss 'GMT'")
            .toFormatter(Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US)
            .withZone(ZoneOffset.UTC);
    /** The IMF-fixdate read leniently: a one-digit day, as Java and older versions of this gateway wrote it, is still taken. */
    private static final List<DateTimeFormatter> READABLE = List.of(DateTimeFormatter.RFC_1123_DATE_TIME, RFC_850, ASCTIME);

    private HttpDates() {
    }

    public static String format(Instant time) {
        return IMF_FIXDATE.format(time);
    }

    public static Optional<Instant> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String date = value.strip();
        for (DateTimeFormatter format : READABLE) {
            try {
                return Optional.of(format.parse(date, Instant::from));
            } catch (DateTimeParseException notThisOne) {
                // the next format
            }
        }
        return Optional.empty();
    }

    /** {@code value} with the leading zero of a one-digit day put in when it is a date Java's RFC 1123 format wrote. */
    static String padded(String value) {
        boolean oneDigitDay = value.length() == 28 && value.charAt(3) == ',' && Character.isDigit(value.charAt(5)) && value.charAt(6) == ' ';
        return oneDigitDay ? value.substring(0, 5) + '0' + value.substring(5) : value;
    }
}
