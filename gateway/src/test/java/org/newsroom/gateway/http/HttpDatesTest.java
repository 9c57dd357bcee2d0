package org.newsroom.gateway.http;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP dates written as IMF-fixdates and read in the three forms RFC 9110 §5.6.7 names. */
class HttpDatesTest {

    private static final Instant NOV_6 = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void aDayBeforeThe10thIsWrittenWithTwoDigits() {
        assertThat(HttpDates.format(Instant.EPOCH)).isEqualTo("Thu, 01 Jan 1970 00:00:00 GMT");
        assertThat(HttpDates.format(NOV_6)).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
        assertThat(HttpDates.format(Instant.parse("2026-11-29T12:00:00Z"))).isEqualTo("Sun, 29 Nov 2026 12:00:00 GMT");
    }

    @Test
    void theImfFixdateAndBothObsoleteFormatsAreRead() {
        assertThat(HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT")).contains(NOV_6);
        assertThat(HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT")).as("RFC 850").contains(NOV_6);
        assertThat(HttpDates.parse("Sun Nov  6 08:49:37 1994")).as("asctime").contains(NOV_6);
        assertThat(HttpDates.parse("Sun Nov 29 12:00:00 2026")).as("asctime").contains(Instant.parse("2026-11-29T12:00:00Z"));
        assertThat(HttpDates.parse("Sun, 6 Nov 1994 08:49:37 GMT")).as("a one-digit day, as Java writes it").contains(NOV_6);
    }

    @Test
    void aTwoDigitYearIsNeverMoreThan50YearsAhead() {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();

        assertThat(HttpDates.parse(rfc850(year + 50)).orElseThrow()).hasToString((year + 50) + "-01-01T00:00:00Z");
        assertThat(HttpDates.parse(rfc850(year - 49)).orElseThrow()).as("its two digits would be 51 years ahead: the past")
                .hasToString((year - 49) + "-01-01T00:00:00Z");
    }

    /** 1 January of {@code year} in RFC 850's form, with its day of the week. */
    private static String rfc850(int year) {
        String day = LocalDate.of(year, 1, 1).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
        return day + ", 01-Jan-" + String.format("%02d", year % 100) + " 00:00:00 GMT";
    }

    @Test
    void whatIsNoHttpDateIsNotRead() {
        assertThat(HttpDates.parse("yesterday")).isEmpty();
        assertThat(HttpDates.parse("Mon, 06 Nov 1994 08:49:37 GMT")).as("not a Monday").isEmpty();
        assertThat(HttpDates.parse(null)).isEmpty();
    }

    @Test
    void aDateJavaWroteWithOneDigitGetsItsZero() {
        assertThat(HttpDates.padded("Thu, 1 Jan 1970 00:00:00 GMT")).isEqualTo("Thu, 01 Jan 1970 00:00:00 GMT");
        assertThat(HttpDates.padded("Thu, 01 Jan 1970 00:00:00 GMT")).isEqualTo("Thu, 01 Jan 1970 00:00:00 GMT");
        assertThat(HttpDates.padded("Sun, 29 Nov 2026 12:00:00 GMT")).isEqualTo("Sun, 29 Nov 2026 12:00:00 GMT");
        assertThat(HttpDates.padded("0")).isEqualTo("0");
    }
}
