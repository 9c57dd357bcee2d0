package org.newsroom.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.Test;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.SLUG;

/**
 * A sitemap file is read from articles-service like any other read: within the readers' budget, through their
 * circuit. A service that does not answer is a 503 as quick as any other read's, at once while the circuit is open.
 */
class SitemapBudgetTest {

    private static final String ENTRIES = "{\"items\":[{\"slug\":\"" + SLUG + "\",\"updatedAt\":\"2024-03-04T10:00:00Z\"}],\"page\":1,"
            + "\"size\":50000,\"total\":1,\"totalPages\":1}";

    private static CircuitBreaker readersCircuit(FakeBackends backends) {
        return backends.gateway.getApplicationContext().getBean(Backend.class, Qualifiers.byName(Backends.ARTICLES)).breaker();
    }

    @Test
    void aSitemapSlowerThanTheReadersBudgetIsA503NamingArticlesService() {
        // the writes' budget (5 s) would wait for this answer; the readers' (1 s) does not
        try (FakeBackends backends = new FakeBackends(Map.of("gateway.articles.timeout-ms", 1_000, "gateway.circuit.minimum-calls", 10_000))) {
            backends.articles.stubFor(get(urlPathEqualTo("/sitemap-entries")).willReturn(okJson(ENTRIES).withFixedDelay(3_000)));

            FakeBackends.Reply reply = backends.get("/sitemap.xml");

            assertThat(reply.status()).as(reply.body()).isEqualTo(503);
            assertThat(reply.header("Retry-After")).isEqualTo("5");
            assertThat(backends.json(reply.body())).containsEntry("detail", "The articles service is unavailable; please try again shortly.");
            assertThat(readersCircuit(backends).getMetrics().getNumberOfFailedCalls()).as("counted by the readers' circuit").isEqualTo(1);
        }
    }

    @Test
    void whileTheReadersCircuitIsOpenTheSitemapIsA503WithoutCallingArticlesService() {
        try (FakeBackends backends = new FakeBackends(Map.of("gateway.articles.timeout-ms", 1_000, "gateway.circuit.minimum-calls", 5,
                "gateway.circuit.open-seconds", 30))) {
            backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(okJson("{}").withFixedDelay(3_000)));
            backends.articles.stubFor(get(urlPathEqualTo("/sitemap-entries")).willReturn(okJson(ENTRIES)));
            for (int i = 0; i < 5; i++) {
                backends.get("/api/articles/" + SLUG);
            }
            assertThat(readersCircuit(backends).getState()).isEqualTo(CircuitBreaker.State.OPEN);

            List<FakeBackends.Reply> replies = List.of(backends.get("/sitemap.xml"), backends.get("/sitemaps/1.xml"));

            for (FakeBackends.Reply reply : replies) {
                assertThat(reply.status()).as(reply.response().uri().toString()).isEqualTo(503);
            }
            backends.articles.verify(0, getRequestedFor(urlPathEqualTo("/sitemap-entries")));
        }
    }
}
