package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** A HEAD answers what a GET of the same page would, Content-Length included, without the body. */
class HeadRequestsTest extends FakeBackendsTest {

    @BeforeAll
    static void start() {
        backends = ArticlePageTest.pagesGateway(Map.of("gateway.feeds.ttl-ms", 0));
        warmUp("/articles/" + SLUG);
    }

    @BeforeEach
    void someArticlesAndComments() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        backends.articles.stubFor(get(urlEqualTo("/articles?page=1&size=20")).willReturn(okJson("{\"items\":[{\"id\":\"" + ID
                + "\",\"slug\":\"" + SLUG + "\",\"title\":\"Ministers meet\",\"excerpt\":\"What was said.\",\"author\":\"Ann\","
                + "\"tags\":[],\"status\":\"published\",\"commentStatus\":\"open\",\"publishedAt\":\"2024-03-04T10:00:00Z\","
                + "\"updatedAt\":\"2024-03-06T10:00:00Z\"}],\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1}")));
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(okJson("{\"counts\":{\"" + ID + "\":1}}")));
        backends.articles.stubFor(get(urlPathEqualTo("/sitemap-entries")).willReturn(okJson("{\"items\":[{\"slug\":\"" + SLUG
                + "\",\"updatedAt\":\"2024-03-06T10:00:00Z\"}],\"page\":1,\"size\":50000,\"total\":1,\"totalPages\":1}")));
    }

    /** Every header but those that differ from one answer to the next. */
    private static Map<String, List<String>> lastingHeaders(FakeBackends.Reply reply) {
        Map<String, List<String>> headers = new TreeMap<>(reply.response().headers().map());
        headers.keySet().removeAll(List.of("date", "x-request-id"));
        return headers;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles/" + SLUG, "/articles/no-such-article", "/feed.atom", "/sitemap.xml", "/robots.txt", "/moderation"})
    void aHeadAnswersTheStatusAndHeadersOfAGetWithItsLengthAndNoBody(String path) {
        FakeBackends.Reply got = backends.get(path);
        FakeBackends.Reply head = backends.send("HEAD", path, null, Map.of());

        assertThat(head.status()).isEqualTo(got.status());
        assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(got.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(lastingHeaders(head)).isEqualTo(lastingHeaders(got));
        assertThat(head.body()).isEmpty();
    }

    /** Micronaut answers these itself (no route, no GET route, no token): problem+json, or the error page a browser asks for. */
    @ParameterizedTest
    @CsvSource({"/api/no-such-thing, application/json", "/api/no-such-thing, text/html", "/no-such-page, text/html",
        "/no-such-page, application/json", "/api/login, application/json", "/api/login, text/html",
        "/api/moderation/comments, application/json"})
    void aHeadOfAnUnknownPathOrMethodAnswersTheHeadersOfAGetWithItsLength(String path, String accept) {
        FakeBackends.Reply got = backends.get(path, Map.of("Accept", accept));
        FakeBackends.Reply head = backends.send("HEAD", path, null, Map.of("Accept", accept));

        assertThat(got.status()).isIn(401, 404, 405);
        assertThat(head.status()).isEqualTo(got.status());
        assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(got.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(lastingHeaders(head)).isEqualTo(lastingHeaders(got));
        assertThat(head.body()).isEmpty();
    }
}
