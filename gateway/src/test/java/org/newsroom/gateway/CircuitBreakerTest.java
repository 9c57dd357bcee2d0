package org.newsroom.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/**
 * A failing service's circuit opens: answers come at once without calling it, until it has recovered.
 * "Open" is proven with a 30 s open window, so that no pause of a busy machine can let it half-open
 * mid-test; recovery with a separate 1 s one, awaited rather than slept for.
 */
class CircuitBreakerTest {

    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(30);

    private FakeBackends backends;

    private void start(int openSeconds) {
        // the 2 s delay below overruns this budget
        backends = new FakeBackends(Map.of("gateway.circuit.open-seconds", openSeconds, "gateway.circuit.minimum-calls", 5,
                "gateway.articles.timeout-ms", 800));
        backends.publishedArticle();
    }

    @AfterEach
    void stop() {
        backends.close();
    }

    private int commentCalls() {
        return backends.comments.findAll(getRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))).size();
    }

    private void openCommentsCircuit() {
        backends.commentsAnswer(aResponse().withStatus(500));
        for (int i = 0; i < 6; i++) {
            backends.get("/api/articles/" + SLUG);
        }
    }

    @Test
    void openCircuitAnswersWithoutCallingTheService() {
        start(30);
        openCommentsCircuit();
        int callsWhenOpened = commentCalls();

        for (int i = 0; i < 10; i++) {
            FakeBackends.Reply reply = backends.get("/api/articles/" + SLUG);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).contains("\"complete\":false");
        }
        assertThat(commentCalls()).as("no call while the circuit is open").isEqualTo(callsWhenOpened);
        assertThat(backends.get("/health").body()).contains("\"circuit\":\"OPEN\"");
    }

    @Test
    void openCircuitClosesOnceTheServiceRecovers() throws InterruptedException {
        start(1);
        openCommentsCircuit();
        assertThat(backends.get("/health").body()).contains("\"circuit\":\"OPEN\"");

        backends.commentsAnswer(okJson(FakeBackends.commentPage("back")));
        Instant deadline = Instant.now().plus(RECOVERY_DEADLINE);
        String body = backends.get("/api/articles/" + SLUG).body();
        while (!body.contains("\"complete\":true") && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            body = backends.get("/api/articles/" + SLUG).body();
        }

        assertThat(body).contains("back").contains("\"complete\":true");
        assertThat(backends.get("/api/articles/" + SLUG).body()).contains("\"complete\":true");
        assertThat(backends.get("/api/articles/" + SLUG).body()).contains("\"complete\":true");
        assertThat(backends.get("/health").body()).contains("\"circuit\":\"CLOSED\"");
    }

    @Test
    void articlesCircuitOpenAnswers503AtOnceWithoutCalling() {
        start(30);
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(okJson("{}").withFixedDelay(2000)));
        for (int i = 0; i < 5; i++) {
            assertThat(backends.get("/api/articles/" + SLUG).status()).isEqualTo(503);
        }
        backends.articles.resetRequests();

        for (int i = 0; i < 10; i++) {
            assertThat(backends.get("/api/articles/" + SLUG).status()).isEqualTo(503);
        }

        backends.articles.verify(0, anyRequestedFor(anyUrl()));
    }
}
