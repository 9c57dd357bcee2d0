package org.newsroom.gateway;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** One fault at a time: comments-service failing degrades the pages, articles-service failing is a quick 503. */
class DegradationTest extends FakeBackendsTest {

    @BeforeAll
    static void start() {
        // budgets the 3 s delays below overrun, long enough for a busy machine's ordinary answers
        backends = new FakeBackends(Map.of("gateway.circuit.minimum-calls", 10_000, "gateway.articles.timeout-ms", 1500,
                "gateway.comments.timeout-ms", 1500));
    }

    @BeforeEach
    void stubTheServices() {
        backends.articles.stubFor(get(urlPathEqualTo("/articles")).willReturn(okJson(
                "{\"items\":[{\"id\":\"cccccccccccccccccccccccc\",\"slug\":\"c\"}],\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1}")));
    }

    private static void assertDegraded(FakeBackends.Reply view, FakeBackends.Reply list) {
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).contains("\"comments\":null").contains("\"complete\":false").contains("\"slug\":\"the-slug\"");
        assertThat(view.header("Cache-Control")).isEqualTo("no-store");
        assertThat(view.header("ETag")).isNull();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"commentCount\":null").contains("\"complete\":false");
        assertThat(list.header("Cache-Control")).isEqualTo("no-store");
        assertThat(list.header("ETag")).isNull();
    }

    private static void commentsFailWith(ResponseDefinitionBuilder answer) {
        backends.commentsAnswer(answer);
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(answer));
    }

    private static void assertPagesDegrade() {
        assertDegraded(backends.get("/api/articles/" + SLUG), backends.get("/api/articles"));
    }

    @Test
    void commentsAnswering500Degrades() {
        commentsFailWith(aResponse().withStatus(500).withBody("boom"));

        assertPagesDegrade();
    }

    @Test
    void commentsSlowerThanTheBudgetDegrade() {
        // A whole page, only late: a gateway that waited for it would answer complete.
        commentsFailWith(okJson(FakeBackends.commentPage("late")).withFixedDelay(3000));

        assertPagesDegrade();
    }

    @Test
    void commentsAnsweringGarbageDegrades() {
        commentsFailWith(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("<html>oops"));

        assertPagesDegrade();
    }

    @Test
    void commentsAnsweringJsonOfTheWrongShapeDegrades() {
        commentsFailWith(okJson("{\"items\":\"nope\",\"counts\":[1,2]}"));

        assertPagesDegrade();
    }

    @Test
    void commentsResettingTheConnectionDegrades() {
        commentsFailWith(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertPagesDegrade();
    }

    @Test
    void commentsClosingTheConnectionMidAnswerDegrades() {
        commentsFailWith(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

        assertPagesDegrade();
    }

    @Test
    void commentsDownDegradesAndTheirOwnPagesAreUnavailable() {
        backends.comments.stop();

        assertPagesDegrade();
        FakeBackends.Reply page = backends.get("/api/articles/" + SLUG + "/comments");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("Content-Type")).startsWith("application/problem+json");
        assertThat(page.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void articlesSlowerThanTheBudgetIsA503Problem() {
        // A whole article, only late: a gateway that waited for it would answer 200.
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG))
                .willReturn(okJson(FakeBackends.article(FakeBackends.ID, SLUG, "published", "open")).withFixedDelay(3000)));

        FakeBackends.Reply reply = backends.get("/api/articles/" + SLUG);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(backends.json(reply.body())).containsEntry("status", 503).containsKeys("type", "title", "detail");
    }

    @Test
    void articlesDownIsA503ProblemForEveryReadAndWrite() {
        backends.articles.stop();

        FakeBackends.Reply view = backends.get("/api/articles/" + SLUG);

        assertThat(view.status()).isEqualTo(503);
        assertThat(view.header("Content-Type")).startsWith("application/problem+json");
        assertThat(view.header("Cache-Control")).isEqualTo("no-store");
        assertThat(backends.get("/api/articles").status()).isEqualTo(503);
        assertThat(backends.send("POST", "/api/articles/" + SLUG + "/comments", "{}", Map.of()).status()).isEqualTo(503);
        assertThat(backends.send("POST", "/api/articles", "{}", backends.bearer("EDITOR")).status()).isEqualTo(503);
    }
}
