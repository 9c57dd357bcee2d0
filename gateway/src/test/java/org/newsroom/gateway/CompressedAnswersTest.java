package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/**
 * An answer compressed for a client that accepts gzip is another representation: it varies on Accept-Encoding and
 * its tag is weak (RFC 9110 §8.8.3), while If-None-Match, compared weakly, still finds it unchanged.
 */
class CompressedAnswersTest extends FakeBackendsTest {

    private static final Map<String, String> GZIP = Map.of("Accept-Encoding", "gzip");
    private static final String LONG = "Words enough to be worth compressing. ".repeat(60);

    @BeforeAll
    static void start() {
        backends = ArticlePageTest.pagesGateway(Map.of("gateway.feeds.ttl-ms", 0));
        warmUp("/articles/" + SLUG);
    }

    @BeforeEach
    void aLongArticle() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage(LONG)));
        backends.articles.stubFor(get(urlEqualTo("/articles?page=1&size=20")).willReturn(okJson("{\"items\":[{\"id\":\"" + ID
                + "\",\"slug\":\"" + SLUG + "\",\"title\":\"Ministers meet\",\"excerpt\":\"" + LONG + "\",\"author\":\"Ann\","
                + "\"tags\":[],\"status\":\"published\",\"commentStatus\":\"open\",\"publishedAt\":\"2024-03-04T10:00:00Z\","
                + "\"updatedAt\":\"2024-03-06T10:00:00Z\"}],\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1}")));
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(okJson("{\"counts\":{\"" + ID + "\":1}}")));
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            entries.append(i == 0 ? "" : ",").append("{\"slug\":\"article-number-").append(i).append("\",\"updatedAt\":\"2024-03-06T10:00:00Z\"}");
        }
        backends.articles.stubFor(get(urlPathEqualTo("/sitemap-entries")).willReturn(okJson("{\"items\":[" + entries
                + "],\"page\":1,\"size\":50000,\"total\":30,\"totalPages\":1}")));
    }

    private static List<String> vary(FakeBackends.Reply reply) {
        return reply.response().headers().allValues("Vary").stream()
                .flatMap(line -> Arrays.stream(line.split(","))).map(String::strip).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feed.atom", "/sitemap.xml", "/", "/articles/" + SLUG, "/api/articles", "/api/articles/" + SLUG})
    void aCompressedAnswerHasAWeakTagOfItsOwnAndVariesOnAcceptEncoding(String path) {
        FakeBackends.Reply plain = backends.get(path);
        FakeBackends.Reply gzipped = backends.get(path, GZIP);

        assertThat(plain.status()).isEqualTo(200);
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(plain.header("ETag")).startsWith("\"");
        assertThat(gzipped.header("ETag")).isEqualTo("W/" + plain.header("ETag"));
        assertThat(vary(plain)).contains("Accept-Encoding");
        assertThat(vary(gzipped)).contains("Accept-Encoding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feed.atom", "/articles/" + SLUG, "/api/articles"})
    void eitherFormOfTheTagIsAnsweredNotModifiedInTheFormItWasAskedWith(String path) {
        String strong = backends.get(path).header("ETag");
        String weak = backends.get(path, GZIP).header("ETag");

        FakeBackends.Reply askedWeak = backends.get(path, Map.of("Accept-Encoding", "gzip", "If-None-Match", weak));
        FakeBackends.Reply askedStrong = backends.get(path, Map.of("If-None-Match", strong));

        assertThat(askedWeak.status()).isEqualTo(304);
        assertThat(askedWeak.header("ETag")).isEqualTo(weak);
        assertThat(vary(askedWeak)).contains("Accept-Encoding");
        assertThat(askedStrong.status()).isEqualTo(304);
        assertThat(askedStrong.header("ETag")).isEqualTo(strong);
        assertThat(backends.get(path, Map.of("Accept-Encoding", "gzip", "If-None-Match", strong)).status()).isEqualTo(304);
    }

    @Test
    void anArticlePageVariesOnItsCookiesAndOnAcceptEncodingInOneLine() {
        FakeBackends.Reply page = backends.get("/articles/" + SLUG, GZIP);

        assertThat(page.response().headers().allValues("Vary")).containsExactly("Cookie, Accept-Encoding");
    }
}
