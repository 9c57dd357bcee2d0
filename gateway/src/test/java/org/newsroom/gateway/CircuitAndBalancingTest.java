package org.newsroom.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

class CircuitAndBalancingTest {

    private static final String ID = "aaaaaaaaaaaaaaaaaaaaaaaa";

    private static void stubArticle(WireMockServer articles) {
        articles.stubFor(get(urlEqualTo("/articles/the-slug")).willReturn(okJson(FakeBackends.article(ID, "the-slug", "open"))));
        articles.stubFor(get(urlEqualTo("/articles/deletions")).willReturn(okJson("[]")));
    }

    @Test
    void openCircuitAnswersWithoutCallingAndClosesOnceTheServiceRecovers() throws InterruptedException {
        try (FakeBackends backends = new FakeBackends(Map.of("gateway.cache.enabled", false, "gateway.circuit.open-seconds", 1))) {
            stubArticle(backends.articles);
            backends.comments.stubFor(get(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(500)));
            for (int i = 0; i < 6; i++) {
                backends.get("/api/articles/the-slug");
            }
            int callsWhenOpened = backends.comments.findAll(getRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))).size();

            for (int i = 0; i < 10; i++) {
                assertThat(backends.get("/api/articles/the-slug").body()).contains("\"complete\":false");
            }
            assertThat(backends.comments.findAll(getRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments")))).hasSize(callsWhenOpened);

            backends.comments.stubFor(get(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(okJson(FakeBackends.commentPage("back"))));
            Thread.sleep(1200);
            assertThat(backends.get("/api/articles/the-slug").body()).contains("back").contains("\"complete\":true");
            assertThat(backends.get("/api/articles/the-slug").body()).contains("\"complete\":true");
        }
    }

    @Test
    void requestsAreSpreadOverInstancesAndAKilledOneStopsGettingThem() {
        WireMockServer first = new WireMockServer(options().dynamicPort());
        WireMockServer second = new WireMockServer(options().dynamicPort());
        first.start();
        second.start();
        stubArticle(first);
        stubArticle(second);
        for (WireMockServer server : new WireMockServer[] {first, second}) {
            server.stubFor(get(urlEqualTo("/health/readiness")).willReturn(okJson("{\"status\":\"UP\"}")));
        }
        try (FakeBackends backends = new FakeBackends(Map.of("gateway.cache.enabled", false,
                "micronaut.http.services.articles.urls", first.baseUrl() + "," + second.baseUrl(),
                "micronaut.http.services.articles.health-check", true,
                "micronaut.http.services.articles.health-check-interval", "500ms"))) {
            backends.comments.stubFor(get(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(okJson(FakeBackends.commentPage("x"))));
            for (int i = 0; i < 10; i++) {
                assertThat(backends.get("/api/articles/the-slug").status()).isEqualTo(200);
            }
            assertThat(first.findAll(getRequestedFor(urlEqualTo("/articles/the-slug")))).isNotEmpty();
            assertThat(second.findAll(getRequestedFor(urlEqualTo("/articles/the-slug")))).isNotEmpty();

            second.stop();
            for (int i = 0; i < 20; i++) {
                assertThat(backends.get("/api/articles/the-slug").status()).as("request " + i).isEqualTo(200);
            }
        } finally {
            first.stop();
            second.stop();
        }
    }
}
