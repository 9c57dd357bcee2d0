package org.newsroom.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The aggregated article view against stub services, one fault at a time. */
class DegradationTest {

    private static final String ID = "aaaaaaaaaaaaaaaaaaaaaaaa";
    private static FakeBackends backends;

    @BeforeAll
    static void start() {
        backends = new FakeBackends(Map.of("gateway.cache.enabled", false, "gateway.circuit.minimum-calls", 10_000,
                "gateway.deletion-relay.interval", "300ms"));
    }

    @AfterAll
    static void stop() {
        backends.close();
    }

    @BeforeEach
    void resetStubs() {
        backends.articles.resetAll();
        backends.comments.resetAll();
        backends.articles.stubFor(get(urlEqualTo("/articles/deletions")).willReturn(okJson("[]")));
        backends.articles.stubFor(get(urlEqualTo("/articles/the-slug")).willReturn(okJson(FakeBackends.article(ID, "the-slug", "open"))));
        backends.articles.stubFor(get(urlEqualTo("/articles/the-slug/comment-status"))
                .willReturn(okJson("{\"id\":\"" + ID + "\",\"slug\":\"the-slug\",\"status\":\"published\",\"commentStatus\":\"open\"}")));
    }

    private void commentsAnswer(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        backends.comments.stubFor(get(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(answer));
    }

    private static void assertDegraded(FakeBackends.Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"comments\":null").contains("\"complete\":false").contains("\"slug\":\"the-slug\"");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.header("ETag")).isNull();
    }

    @Test
    void articleAndItsCommentsAreServedTogether() {
        commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        FakeBackends.Reply reply = backends.send("GET", "/api/articles/the-slug", null, Map.of("X-Request-Id", "req-42"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).startsWith("{\"article\":{\"id\":\"" + ID + "\"").contains("\"comments\":{\"items\":[")
                .contains("\"complete\":true");
        assertThat(reply.header("ETag")).isNotBlank();
        assertThat(reply.header("X-Request-Id")).isEqualTo("req-42");
        backends.comments.verify(getRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments")).withHeader("X-Request-Id", equalTo("req-42")));
        assertThat(backends.send("GET", "/api/articles/the-slug", null, Map.of("If-None-Match", reply.header("ETag"))).status())
                .isEqualTo(304);
    }

    @Test
    void commentsAnswering500Degrades() {
        commentsAnswer(aResponse().withStatus(500));

        assertDegraded(backends.get("/api/articles/the-slug"));
    }

    @Test
    void commentsTooSlowDegradesWithinTheBudget() {
        commentsAnswer(okJson(FakeBackends.commentPage("late")).withFixedDelay(2000));

        Instant start = Instant.now();
        FakeBackends.Reply reply = backends.get("/api/articles/the-slug");

        assertDegraded(reply);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void commentsAnsweringGarbageDegrades() {
        commentsAnswer(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("<html>oops"));

        assertDegraded(backends.get("/api/articles/the-slug"));
    }

    @Test
    void commentsResettingTheConnectionDegrades() {
        commentsAnswer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertDegraded(backends.get("/api/articles/the-slug"));
    }

    @Test
    void articlesDownIsA503ProblemFast() {
        backends.articles.stubFor(get(urlEqualTo("/articles/slow-one")).willReturn(okJson("{}").withFixedDelay(3000)));

        Instant start = Instant.now();
        FakeBackends.Reply reply = backends.get("/api/articles/slow-one");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void unknownArticleIsPassedOnAs404() {
        backends.articles.stubFor(get(urlEqualTo("/articles/missing")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));

        assertThat(backends.get("/api/articles/missing").status()).isEqualTo(404);
    }

    @Test
    void listPageUsesOneCallForArticlesAndOneForAllCounts() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            String id = ("b" + i).repeat(12);
            items.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"slug\":\"s").append(i).append("\"}");
        }
        backends.articles.stubFor(get(urlPathEqualTo("/articles")).willReturn(okJson("{\"items\":[" + items
                + "],\"page\":1,\"size\":20,\"total\":3,\"totalPages\":1}")));
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(okJson("{\"counts\":{\"b0b0b0b0b0b0b0b0b0b0b0b0\":4}}")));

        FakeBackends.Reply reply = backends.get("/api/articles?size=20");

        assertThat(reply.body()).contains("\"commentCount\":4").contains("\"complete\":true");
        backends.articles.verify(exactly(1), getRequestedFor(urlPathEqualTo("/articles")));
        backends.comments.verify(exactly(1), getRequestedFor(urlPathEqualTo("/counts"))
                .withQueryParam("articleIds", matching("b0b0.*,b1b1.*,b2b2.*")));
    }

    @Test
    void listWithCommentsDownHasNullCounts() {
        backends.articles.stubFor(get(urlPathEqualTo("/articles")).willReturn(okJson(
                "{\"items\":[{\"id\":\"cccccccccccccccccccccccc\",\"slug\":\"c\"}],\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1}")));
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        FakeBackends.Reply reply = backends.get("/api/articles");

        assertThat(reply.body()).contains("\"commentCount\":null").contains("\"complete\":false");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void readsAreRetriedOnceButWritesNever() {
        backends.comments.stubFor(get(urlPathEqualTo("/articles/" + ID + "/comments")).inScenario("flaky")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("recovered"));
        backends.comments.stubFor(get(urlPathEqualTo("/articles/" + ID + "/comments")).inScenario("flaky")
                .whenScenarioStateIs("recovered").willReturn(okJson(FakeBackends.commentPage("second try"))));
        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        FakeBackends.Reply read = backends.get("/api/articles/the-slug");
        FakeBackends.Reply write = backends.send("POST", "/api/articles/the-slug/comments", "{\"content\":\"x\"}", Map.of());

        assertThat(read.body()).contains("second try").contains("\"complete\":true");
        assertThat(write.status()).isEqualTo(503);
        backends.comments.verify(exactly(1), postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments")));
    }

    @Test
    void commentPostIsCheckedAgainstTheArticleBeforeTheBodyIsLookedAt() {
        backends.articles.stubFor(get(urlEqualTo("/articles/gone/comment-status")).willReturn(aResponse().withStatus(404)));
        backends.articles.stubFor(get(urlEqualTo("/articles/closed/comment-status"))
                .willReturn(okJson("{\"id\":\"" + ID + "\",\"slug\":\"closed\",\"status\":\"published\",\"commentStatus\":\"closed\"}")));

        assertThat(backends.send("POST", "/api/articles/gone/comments", "{not json", Map.of()).status()).isEqualTo(404);
        assertThat(backends.send("POST", "/api/articles/closed/comments", "{not json", Map.of()).status()).isEqualTo(403);
        backends.comments.verify(exactly(0), postRequestedFor(anyUrl()));
    }

    @Test
    void commentPostCarriesTheClientAndRewritesTheLocation() {
        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", "/comments/dddddddddddddddddddddddd").withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"dddddddddddddddddddddddd\",\"status\":\"pending\"}")));

        FakeBackends.Reply reply = backends.send("POST", "/api/articles/the-slug/comments", "{\"content\":\"hi\"}",
                Map.of("User-Agent", "Tester/1.0", "X-Forwarded-For", "203.0.113.9"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/comments/dddddddddddddddddddddddd");
        backends.comments.verify(postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))
                .withQueryParam("slug", equalTo("the-slug"))
                .withHeader("X-Client-IP", equalTo("127.0.0.1"))
                .withHeader("X-Client-User-Agent", equalTo("Tester/1.0")));
    }

    @Test
    void floodAnswersArePassedOnWithRetryAfter() {
        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "7").withHeader("Content-Type", "application/problem+json").withBody("{\"status\":429}")));

        FakeBackends.Reply reply = backends.send("POST", "/api/articles/the-slug/comments", "{}", Map.of());

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Retry-After")).isEqualTo("7");
    }

    @Test
    void deletionWhileCommentsAreDownIsFinishedByTheRelay() throws InterruptedException {
        String editor = backends.token("EDITOR");
        backends.articles.stubFor(delete(urlEqualTo("/articles/the-slug")).willReturn(aResponse().withStatus(204)));
        backends.articles.stubFor(delete(urlEqualTo("/articles/deletions/" + ID)).willReturn(aResponse().withStatus(204)));
        backends.comments.stubFor(delete(urlEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(503)));

        assertThat(backends.send("DELETE", "/api/articles/the-slug", null, Map.of("Authorization", "Bearer " + editor)).status())
                .isEqualTo(204);
        backends.articles.verify(exactly(0), deleteRequestedFor(urlEqualTo("/articles/deletions/" + ID)));

        backends.articles.stubFor(get(urlEqualTo("/articles/deletions"))
                .willReturn(okJson("[{\"articleId\":\"" + ID + "\",\"slug\":\"the-slug\",\"deletedAt\":\"2024-03-04T10:00:00Z\"}]")));
        backends.comments.stubFor(delete(urlEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(204)));
        Instant deadline = Instant.now().plusSeconds(10);
        while (backends.articles.findAll(deleteRequestedFor(urlEqualTo("/articles/deletions/" + ID))).isEmpty()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        backends.articles.verify(deleteRequestedFor(urlEqualTo("/articles/deletions/" + ID)));
        backends.comments.verify(deleteRequestedFor(urlEqualTo("/articles/" + ID + "/comments"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void editorAndModeratorEndpointsCheckRolesBeforeCallingAnyService() {
        String moderator = backends.token("MODERATOR");
        String editor = backends.token("EDITOR");

        assertThat(backends.send("POST", "/api/articles", "{}", Map.of()).status()).isEqualTo(401);
        assertThat(backends.send("POST", "/api/articles", "{}", Map.of("Authorization", "Bearer " + moderator)).status()).isEqualTo(403);
        assertThat(backends.send("GET", "/api/moderation/comments", null, Map.of()).status()).isEqualTo(401);
        assertThat(backends.send("GET", "/api/moderation/comments", null, Map.of("Authorization", "Bearer " + editor)).status())
                .isEqualTo(403);
        backends.articles.verify(exactly(0), postRequestedFor(anyUrl()));
        backends.comments.verify(exactly(0), getRequestedFor(urlPathEqualTo("/moderation/comments")));
    }

    @Test
    void bodiesOver64KibAreRefused() {
        assertThat(backends.send("POST", "/api/articles/the-slug/comments", "x".repeat(70_000), Map.of()).status()).isEqualTo(413);
    }
}
