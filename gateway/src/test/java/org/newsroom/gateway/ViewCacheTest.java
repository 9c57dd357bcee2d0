package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/**
 * The view cache with its default lifetime: cheap repeated reads, yet every change shows within a
 * second. The cache's time stands still unless a test moves it on, so that counts of backend calls
 * do not depend on how fast a busy machine sends the requests.
 */
class ViewCacheTest extends FakeBackendsTest {

    private static final Duration FRESHNESS = Duration.ofSeconds(1);
    private static SettableTicker time;

    @BeforeAll
    static void start() {
        // a read budget the slow fetch below cannot miss on a busy machine
        backends = new FakeBackends(Map.of("gateway.cache.enabled", true, "gateway.circuit.minimum-calls", 10_000,
                SettableTicker.ENABLED, true, "gateway.articles.timeout-ms", 10_000));
        time = backends.gateway.getApplicationContext().getBean(SettableTicker.class);
    }

    @BeforeEach
    void stubTheServices() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("first")));
        time.advance(Duration.ofMinutes(1));
    }

    private static int articleCalls() {
        return backends.articles.findAll(getRequestedFor(urlEqualTo("/articles/" + SLUG))).size();
    }

    @Test
    void repeatedReadsWithinTheLifetimeAskTheServicesOnce() {
        FakeBackends.Reply first = backends.get("/api/articles/" + SLUG);
        FakeBackends.Reply second = backends.get("/api/articles/" + SLUG);

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(articleCalls()).isEqualTo(1);
    }

    @Test
    void anApprovedCommentOrAnEditShowsWithinASecond() {
        FakeBackends.Reply before = backends.get("/api/articles/" + SLUG);
        backends.commentsAnswer(okJson(FakeBackends.commentPage("newly approved")));
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG))
                .willReturn(okJson(FakeBackends.article(ID, SLUG, "published", "open").replace("\"title\":\"T\"", "\"title\":\"Edited\""))));

        time.advance(FRESHNESS);
        FakeBackends.Reply after = backends.get("/api/articles/" + SLUG);

        assertThat(after.body()).contains("newly approved").contains("\"title\":\"Edited\"");
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
    }

    @Test
    void aDeletedArticleIsGoneWithinASecond() {
        assertThat(backends.get("/api/articles/" + SLUG).status()).isEqualTo(200);
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(aResponse().withStatus(404)));

        time.advance(FRESHNESS);

        assertThat(backends.get("/api/articles/" + SLUG).status()).isEqualTo(404);
    }

    @Test
    void concurrentMissesShareOneFetch() {
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG))
                .willReturn(okJson(FakeBackends.article(ID, SLUG, "published", "open")).withFixedDelay(1000)));
        List<CompletableFuture<FakeBackends.Reply>> replies = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            replies.add(backends.sendAsync("GET", "/api/articles/" + SLUG));
        }

        assertThat(replies).allSatisfy(reply -> assertThat(reply.join().status()).isEqualTo(200));
        assertThat(articleCalls()).isEqualTo(1);
    }

    @Test
    void aWriteThroughThisInstanceShowsAtOnce() {
        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"approved\"}")));
        backends.get("/api/articles/" + SLUG);
        backends.commentsAnswer(okJson(FakeBackends.commentPage("mine")));

        backends.send("POST", "/api/articles/" + SLUG + "/comments", "{}", Map.of());

        assertThat(backends.get("/api/articles/" + SLUG).body()).contains("mine");
    }

    @Test
    void anEditorsAnswerIsNeverServedToAnyoneElse() {
        String token = backends.token("EDITOR");
        backends.draftVisibleWith(token);

        assertThat(backends.get("/api/articles/draft-one", Map.of("Authorization", "Bearer " + token)).status()).isEqualTo(200);
        assertThat(backends.get("/api/articles/draft-one").status()).isEqualTo(404);
        assertThat(backends.get("/api/articles/draft-one", Map.of("Authorization", "Bearer " + token)).status()).isEqualTo(200);
        backends.articles.verify(exactly(2), getRequestedFor(urlEqualTo("/articles/draft-one"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void aDegradedAnswerIsKeptOnlyBriefly() {
        backends.commentsAnswer(aResponse().withStatus(500));
        assertThat(backends.get("/api/articles/" + SLUG).body()).contains("\"complete\":false");
        backends.commentsAnswer(okJson(FakeBackends.commentPage("recovered")));

        time.advance(Duration.ofMillis(250));

        FakeBackends.Reply reply = backends.get("/api/articles/" + SLUG);
        assertThat(reply.body()).contains("recovered").contains("\"complete\":true");
        assertThat(reply.header("Cache-Control")).isNull();
    }

    @Test
    void listAndCommentPagesAreCachedToo() {
        backends.articles.stubFor(get(urlPathEqualTo("/articles")).willReturn(okJson(
                "{\"items\":[{\"id\":\"" + ID + "\",\"slug\":\"" + SLUG + "\"}],\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1}")));
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(okJson("{\"counts\":{\"" + ID + "\":1}}")));

        for (int i = 0; i < 3; i++) {
            assertThat(backends.get("/api/articles").status()).isEqualTo(200);
            assertThat(backends.get("/api/articles/" + SLUG + "/comments").status()).isEqualTo(200);
        }

        backends.articles.verify(exactly(1), getRequestedFor(urlPathEqualTo("/articles")));
        backends.comments.verify(exactly(1), getRequestedFor(urlPathEqualTo("/counts")));
        backends.comments.verify(exactly(1), getRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments")));
    }
}
