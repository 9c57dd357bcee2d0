package org.newsroom.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.gateway.articles.DeletionRelay;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;

import java.time.Duration;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/**
 * The deletion relay's calls have circuits of their own: its failures do not open the circuit readers
 * depend on, and an open circuit of readers does not stop it. The relay is run by hand, one pass at a
 * time; a 30 s open window keeps an opened circuit open for the whole test.
 */
class BackgroundCircuitTest {

    private static final String ARTICLE_COMMENTS = "/articles/" + ID + "/comments";
    private static final String OUTBOX_ENTRY = "/articles/deletions/" + ID;

    private FakeBackends backends;

    @BeforeEach
    void start() {
        backends = new FakeBackends(Map.of("gateway.circuit.open-seconds", 30, "gateway.circuit.minimum-calls", 5));
        backends.publishedArticle();
        backends.articles.stubFor(get(urlEqualTo("/articles/deletions"))
                .willReturn(okJson("[{\"articleId\":\"" + ID + "\",\"slug\":\"gone\",\"deletedAt\":\"2024-03-04T10:00:00Z\"}]")));
        backends.articles.stubFor(delete(urlEqualTo(OUTBOX_ENTRY)).willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void stop() {
        backends.close();
    }

    private void relayOnce() {
        backends.gateway.getApplicationContext().getBean(DeletionRelay.class).drain().block(Duration.ofSeconds(30));
    }

    private CircuitBreaker.State circuit(String backend) {
        return backends.gateway.getApplicationContext().getBean(Backend.class, Qualifiers.byName(backend)).breaker().getState();
    }

    private int commentReads() {
        return backends.comments.findAll(getRequestedFor(urlPathEqualTo(ARTICLE_COMMENTS))).size();
    }

    @Test
    void relayFailuresOpenOnlyTheRelaysCircuitAndReadersStillGetComments() {
        backends.comments.stubFor(delete(urlEqualTo(ARTICLE_COMMENTS)).willReturn(aResponse().withStatus(503)));
        backends.commentsAnswer(okJson(FakeBackends.commentPage("still here")));

        for (int pass = 0; pass < 8; pass++) {
            relayOnce();
        }

        assertThat(backends.comments.findAll(deleteRequestedFor(urlEqualTo(ARTICLE_COMMENTS)))).as("calls until its circuit opened")
                .hasSizeBetween(5, 7);
        assertThat(circuit(Backends.COMMENTS_BACKGROUND)).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(circuit(Backends.COMMENTS)).isEqualTo(CircuitBreaker.State.CLOSED);
        for (int i = 0; i < 3; i++) {
            assertThat(backends.get("/api/articles/" + SLUG).body()).contains("still here").contains("\"complete\":true");
        }
        assertThat(commentReads()).isEqualTo(3);
        assertThat(backends.get("/health").body()).contains("\"circuit\":\"CLOSED\",\"backgroundCircuit\":\"OPEN\"");
    }

    @Test
    void anOpenCircuitOfReadersDoesNotStopTheRelay() {
        backends.commentsAnswer(aResponse().withStatus(500));
        for (int i = 0; i < 6; i++) {
            backends.get("/api/articles/" + SLUG);
        }
        assertThat(circuit(Backends.COMMENTS)).isEqualTo(CircuitBreaker.State.OPEN);
        backends.comments.stubFor(delete(urlEqualTo(ARTICLE_COMMENTS)).willReturn(aResponse().withStatus(204)));

        relayOnce();

        backends.comments.verify(1, deleteRequestedFor(urlEqualTo(ARTICLE_COMMENTS)));
        backends.articles.verify(1, deleteRequestedFor(urlEqualTo(OUTBOX_ENTRY)));
        assertThat(circuit(Backends.COMMENTS)).as("the relay's success is not the readers'").isEqualTo(CircuitBreaker.State.OPEN);
    }
}
