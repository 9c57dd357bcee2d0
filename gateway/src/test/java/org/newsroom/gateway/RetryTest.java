package org.newsroom.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** Reads are retried once after a broken connection, from a small budget; writes never are. */
class RetryTest extends FakeBackendsTest {

    @BeforeAll
    static void start() {
        backends = new FakeBackends(Map.of("gateway.circuit.minimum-calls", 10_000,
                "gateway.retry.burst", 3, "gateway.retry.floor-per-second", 0));
    }

    @Test
    void aReadIsRetriedOnceAfterABrokenConnection() {
        backends.comments.stubFor(get(urlPathEqualTo("/articles/" + ID + "/comments")).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("recovered"));
        backends.comments.stubFor(get(urlPathEqualTo("/articles/" + ID + "/comments")).inScenario("flaky")
                .whenScenarioStateIs("recovered").willReturn(okJson(FakeBackends.commentPage("second try"))));

        assertThat(backends.get("/api/articles/" + SLUG).body()).contains("second try").contains("\"complete\":true");
        backends.comments.verify(exactly(2), getRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments")));
    }

    @Test
    void a500IsNotRetried() {
        backends.commentsAnswer(aResponse().withStatus(500));

        assertThat(backends.get("/api/articles/" + SLUG).body()).contains("\"complete\":false");
        backends.comments.verify(exactly(1), getRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments")));
    }

    @Test
    void writesAreNeverRetried() {
        backends.articles.stubFor(any(urlPathEqualTo("/articles")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        backends.articles.stubFor(any(urlPathEqualTo("/articles/" + SLUG)).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        backends.comments.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Map<String, String> editor = backends.bearer("EDITOR", "MODERATOR");

        // the connection broke after the request was sent: each may have been applied (504), and none is sent again
        assertThat(backends.send("POST", "/api/articles", "{\"title\":\"t\",\"body\":\"b\"}", editor).status()).isEqualTo(504);
        assertThat(backends.send("PUT", "/api/articles/" + SLUG, "{\"title\":\"t\",\"body\":\"b\",\"version\":1}", editor).status())
                .isEqualTo(504);
        assertThat(backends.send("POST", "/api/articles/" + SLUG + "/comments", "{}", Map.of()).status()).isEqualTo(504);
        assertThat(backends.send("PATCH", "/api/moderation/comments/" + ID, "{\"status\":\"approved\"}", editor).status()).isEqualTo(504);
        assertThat(backends.send("DELETE", "/api/moderation/comments/" + ID, null, editor).status()).isEqualTo(504);

        backends.articles.verify(exactly(1), anyRequestedFor(urlPathEqualTo("/articles")));
        backends.articles.verify(exactly(1), anyRequestedFor(urlPathEqualTo("/articles/" + SLUG)).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("version")));
        backends.comments.verify(exactly(3), anyRequestedFor(anyUrl()));
    }

    @Test
    void retriesArePaidFromABudgetSoABrokenServiceIsNotHammered() {
        backends.commentsAnswer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        double retriesBefore = backends.retries("comments");

        for (int i = 0; i < 40; i++) {
            assertThat(backends.get("/api/articles/" + SLUG).body()).contains("\"complete\":false");
        }

        double retried = backends.retries("comments") - retriesBefore;
        int calls = backends.comments.findAll(getRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))).size();
        assertThat(retried).as("a burst of 3 plus one per ten calls, not one per call").isBetween(1.0, 12.0);
        assertThat(calls).isEqualTo(40 + (int) retried);
    }
}
