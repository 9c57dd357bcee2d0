package org.newsroom.gateway;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
 * mid-test; recovery with a separate 1 s one, awaited rather than slept for. Once the open time is over
 * the circuit half-opens by itself and closes as soon as the service says it is ready: without traffic,
 * whatever a slow first call does, and calls that come meanwhile wait for it rather than being refused.
 */
class CircuitBreakerTest {

    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(30);

    private FakeBackends backends;

    private void start(int openSeconds) {
        start(openSeconds, Map.of());
    }

    private void start(int openSeconds, Map<String, Object> more) {
        // the 2 s delay below overruns this budget
        Map<String, Object> settings = new HashMap<>(Map.of("gateway.circuit.open-seconds", openSeconds, "gateway.circuit.minimum-calls", 5,
                "gateway.articles.timeout-ms", 800));
        settings.putAll(more);
        backends = new FakeBackends(settings);
        backends.publishedArticle();
    }

    private CircuitBreaker.State commentsCircuit() {
        return backends.gateway.getApplicationContext().getBean(Backend.class, Qualifiers.byName(Backends.COMMENTS)).breaker().getState();
    }

    /** Waits, without calling the gateway, until the comments circuit is {@code state} or the deadline has passed. */
    private void awaitCommentsCircuit(CircuitBreaker.State state) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY_DEADLINE);
        while (commentsCircuit() != state && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
    }

    @AfterEach
    void stop() {
        backends.close();
    }

    private int commentCalls() {
        return backends.comments.findAll(getRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))).size();
    }

    /** comments-service's readiness: while it says no, an open circuit stays open. */
    private void commentsReady(boolean ready) {
        backends.comments.stubFor(get(urlEqualTo("/health/readiness")).willReturn(ready ? okJson("{\"status\":\"UP\"}")
                : aResponse().withStatus(503)));
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
        commentsReady(false);
        openCommentsCircuit();
        assertThat(commentsCircuit()).isNotEqualTo(CircuitBreaker.State.CLOSED);

        backends.commentsAnswer(okJson(FakeBackends.commentPage("back")));
        commentsReady(true);
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
    void anOpenCircuitClosesOnItsOwnOnceTheServiceIsReadyWithoutWaitingForTraffic() throws InterruptedException {
        start(1);
        commentsReady(false);
        openCommentsCircuit();
        assertThat(commentsCircuit()).isNotEqualTo(CircuitBreaker.State.CLOSED);
        backends.commentsAnswer(okJson(FakeBackends.commentPage("back")));
        int callsWhenOpened = commentCalls();
        commentsReady(true);

        awaitCommentsCircuit(CircuitBreaker.State.CLOSED);

        assertThat(commentsCircuit()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(commentCalls()).as("closed on the service's readiness, no reader's call needed").isEqualTo(callsWhenOpened);
        backends.comments.verify(getRequestedFor(urlEqualTo("/health/readiness")));
        assertThat(backends.get("/api/articles/" + SLUG).body()).contains("back").contains("\"complete\":true");
    }

    @Test
    void aBurstWhileTheServicesReadinessIsAskedIsServedWholeNotRefused() throws Exception {
        // budgets far over the readiness answer's delay, so that every call of the burst can wait for it
        start(1, Map.of("gateway.circuit.probe-timeout-ms", 30_000, "gateway.comments.timeout-ms", 30_000));
        backends.comments.stubFor(get(urlEqualTo("/health/readiness")).willReturn(okJson("{\"status\":\"UP\"}").withFixedDelay(4_000)));
        openCommentsCircuit();
        backends.commentsAnswer(okJson(FakeBackends.commentPage("back")));

        awaitCommentsCircuit(CircuitBreaker.State.HALF_OPEN);
        assertThat(commentsCircuit()).as("half-open by itself, asking the service's readiness").isEqualTo(CircuitBreaker.State.HALF_OPEN);
        List<CompletableFuture<FakeBackends.Reply>> burst = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            burst.add(backends.sendAsync("GET", "/api/articles/" + SLUG));
        }

        for (CompletableFuture<FakeBackends.Reply> reply : burst) {
            assertThat(reply.get(60, TimeUnit.SECONDS).body()).contains("back").contains("\"complete\":true");
        }
        assertThat(commentsCircuit()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aSlowFirstCallOfARecoveredServiceDoesNotOpenItsCircuitAgain() throws InterruptedException {
        // the first answer after the recovery overruns this budget, as a service just started may
        start(1, Map.of("gateway.comments.timeout-ms", 1_500));
        commentsReady(false);
        openCommentsCircuit();
        backends.comments.stubFor(get(urlPathEqualTo("/articles/" + ID + "/comments")).inScenario("cold start")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("warm")
                .willReturn(okJson(FakeBackends.commentPage("slow")).withFixedDelay(3_000)));
        backends.comments.stubFor(get(urlPathEqualTo("/articles/" + ID + "/comments")).inScenario("cold start")
                .whenScenarioStateIs("warm").willReturn(okJson(FakeBackends.commentPage("warm"))));
        commentsReady(true);

        awaitCommentsCircuit(CircuitBreaker.State.CLOSED);
        FakeBackends.Reply first = backends.get("/api/articles/" + SLUG);
        FakeBackends.Reply second = backends.get("/api/articles/" + SLUG);
        FakeBackends.Reply third = backends.get("/api/articles/" + SLUG);

        assertThat(first.body()).contains("\"complete\":false");
        assertThat(second.body()).contains("warm").contains("\"complete\":true");
        assertThat(third.body()).contains("warm").contains("\"complete\":true");
        assertThat(commentsCircuit()).isEqualTo(CircuitBreaker.State.CLOSED);
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
