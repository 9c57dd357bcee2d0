package org.newsroom.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.Test;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.SLUG;

/**
 * A sitemap file of up to 50,000 URLs may take articles-service longer than a reader's 800 ms: its
 * calls have the budget and circuit of calls nobody waits on.
 */
class SitemapBudgetTest {

    @Test
    void aSitemapSlowerThanAReadersBudgetIsStillServed() {
        // the readers' budget as shipped (FakeBackends gives tests 5 s)
        try (FakeBackends backends = new FakeBackends(Map.of("gateway.articles.timeout-ms", 800))) {
            backends.articles.stubFor(get(urlPathEqualTo("/sitemap-entries")).willReturn(okJson(
                    "{\"items\":[{\"slug\":\"" + SLUG + "\",\"updatedAt\":\"2024-03-04T10:00:00Z\"}],\"page\":1,\"size\":50000,"
                            + "\"total\":1,\"totalPages\":1}").withFixedDelay(2_000)));

            FakeBackends.Reply reply = backends.get("/sitemap.xml");

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.body()).contains("/articles/" + SLUG + "</loc>");
            CircuitBreaker readers = backends.gateway.getApplicationContext()
                    .getBean(Backend.class, Qualifiers.byName(Backends.ARTICLES)).breaker();
            assertThat(readers.getMetrics().getNumberOfBufferedCalls()).as("calls counted by the readers' circuit").isZero();
        }
    }
}
