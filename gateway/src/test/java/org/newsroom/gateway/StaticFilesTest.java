package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's scripts, styles and icon under /static/: public to every cache, the same headers for HEAD as for GET. */
class StaticFilesTest extends FakeBackendsTest {

    private static final String CSS = "/static/css/site.css";

    @BeforeAll
    static void start() {
        backends = ArticlePageTest.pagesGateway(Map.of());
        warmUp(CSS);
    }

    /** Every header but those that differ from one answer to the next. */
    private static Map<String, List<String>> lastingHeaders(FakeBackends.Reply reply) {
        Map<String, List<String>> headers = new TreeMap<>(reply.response().headers().map());
        headers.keySet().removeAll(List.of("date", "expires", "x-request-id"));
        return headers;
    }

    @ParameterizedTest
    @ValueSource(strings = {CSS, "/static/js/article.js", "/static/favicon.svg"})
    void aHeadOfAFileAnswersTheHeadersOfItsGet(String path) {
        FakeBackends.Reply got = backends.get(path);
        FakeBackends.Reply head = backends.send("HEAD", path, null, Map.of());

        assertThat(got.status()).isEqualTo(200);
        assertThat(head.status()).isEqualTo(200);
        assertThat(lastingHeaders(head)).isEqualTo(lastingHeaders(got));
        assertThat(head.header("Content-Length")).isEqualTo(got.header("Content-Length")).isNotNull();
        assertThat(head.header("Expires")).isNotNull();
        assertThat(head.header("Connection")).isNull();
        assertThat(head.body()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({CSS + ", text/css", "/static/js/article.js, application/javascript", "/static/favicon.svg, image/svg+xml"})
    void textFilesSayTheyAreUtf8ToAGetAndAHead(String path, String type) {
        for (String method : List.of("GET", "HEAD")) {
            FakeBackends.Reply reply = backends.send(method, path, null, Map.of());

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Content-Type").replace(" ", "").toLowerCase(Locale.ROOT)).as(method + " " + path)
                    .isEqualTo(type + ";charset=utf-8");
        }
        String notModified = backends.get(path).header("Last-Modified");
        assertThat(backends.get(path, Map.of("If-Modified-Since", notModified)).status()).isEqualTo(304);
    }

    @Test
    void swaggerUiSaysItIsUtf8Html() {
        assertThat(backends.get("/swagger-ui").header("Content-Type")).startsWith("text/html").containsIgnoringCase("charset=utf-8");
    }

    @Test
    void onlyWhatThePagesUseIsServedNotTheDevelopersNotes() {
        assertThat(backends.get("/static/README.md").status()).isEqualTo(404);
        assertThat(backends.get("/static/js/article.js").status()).isEqualTo(200);
    }

    @Test
    void theFilesAreForEveryCacheForAMinute() {
        assertThat(backends.get(CSS).header("Cache-Control")).isEqualTo("public, max-age=60");
    }

    @Test
    void theirDatesAreImfFixdates() {
        FakeBackends.Reply file = backends.get(CSS);

        for (String name : List.of("Date", "Expires", "Last-Modified")) {
            assertThat(file.header(name)).as(name).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        }
    }

    @Test
    void ifModifiedSinceInAnObsoleteFormatStillFindsTheFileUnchanged() {
        Instant lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.parse(backends.get(CSS).header("Last-Modified"), Instant::from);
        String asctime = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC).format(lastModified);

        assertThat(backends.get(CSS, Map.of("If-Modified-Since", asctime)).status()).isEqualTo(304);
    }

    @Test
    void anIfNoneMatchThatDoesNotMatchGetsTheFileWhateverIfModifiedSinceSays() {
        String lastModified = backends.get(CSS).header("Last-Modified");

        assertThat(backends.get(CSS, Map.of("If-Modified-Since", lastModified)).status()).isEqualTo(304);
        FakeBackends.Reply reply = backends.get(CSS, Map.of("If-Modified-Since", lastModified, "If-None-Match", "\"some-tag\""));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isNotEmpty();
    }
}
