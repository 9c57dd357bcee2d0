package org.newsroom.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/**
 * ARTICLES_URL with two instances: requests go round-robin; a killed instance leaves the rotation until it is back;
 * with no instance in rotation, calls still go to the configured ones.
 */
class LoadBalancingTest {

    private final WireMockServer first = new WireMockServer(options().port(FakeBackends.freePort()));
    private final WireMockServer second = new WireMockServer(options().port(FakeBackends.freePort()));
    private FakeBackends backends;

    @AfterEach
    void stop() {
        backends.close();
        first.stop();
        second.stop();
    }

    private static void serveTheArticle(WireMockServer server) {
        server.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(okJson(FakeBackends.article(ID, SLUG, "published", "open"))));
        server.stubFor(get(urlEqualTo("/health/readiness")).willReturn(okJson("{\"status\":\"UP\"}")));
    }

    private static int articleCalls(WireMockServer server) {
        return server.findAll(getRequestedFor(urlEqualTo("/articles/" + SLUG))).size();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> articlesHealth() {
        Map<String, Object> services = (Map<String, Object>) ((Map<String, Object>) backends.json(backends.get("/health").body())
                .get("details")).get("services");
        return (Map<String, Object>) ((Map<String, Object>) services.get("details")).get("articles-service");
    }

    private void awaitInstancesInRotation(int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (!articlesHealth().get("instancesInRotation").equals(count) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(articlesHealth()).containsEntry("instances", 2).containsEntry("instancesInRotation", count);
    }

    @Test
    void requestsAreSpreadOverInstancesAndAKilledOneLeavesTheRotationUntilItIsBack() throws InterruptedException {
        first.start();
        second.start();
        serveTheArticle(first);
        serveTheArticle(second);
        backends = new FakeBackends(Map.of(
                "micronaut.http.services.articles.urls", first.baseUrl() + "," + second.baseUrl(),
                "micronaut.http.services.articles.health-check", true,
                "micronaut.http.services.articles.health-check-interval", "200ms"));
        backends.commentsAnswer(okJson(FakeBackends.commentPage("x")));
        awaitInstancesInRotation(2);

        for (int i = 0; i < 10; i++) {
            assertThat(backends.get("/api/articles/" + SLUG).status()).isEqualTo(200);
        }
        assertThat(articleCalls(first)).isEqualTo(5);
        assertThat(articleCalls(second)).isEqualTo(5);

        second.stop();
        awaitInstancesInRotation(1);
        double retriesBefore = backends.retries("articles");
        int firstBefore = articleCalls(first);
        for (int i = 0; i < 20; i++) {
            assertThat(backends.get("/api/articles/" + SLUG).body()).as("request " + i).contains("\"complete\":true");
        }
        assertThat(backends.retries("articles")).as("no request was sent to the killed instance").isEqualTo(retriesBefore);
        assertThat(articleCalls(first) - firstBefore).isEqualTo(20);

        second.start();
        serveTheArticle(second);
        awaitInstancesInRotation(2);
        for (int i = 0; i < 10; i++) {
            assertThat(backends.get("/api/articles/" + SLUG).status()).isEqualTo(200);
        }
        assertThat(articleCalls(second)).as("the instance is used again once it is back").isGreaterThan(0);
    }

    @Test
    void withNoInstancePassingItsHealthCheckCallsStillReachTheConfiguredInstances() throws InterruptedException {
        first.start();
        second.start();
        serveTheArticle(first);
        first.stubFor(get(urlEqualTo("/health/readiness")).willReturn(aResponse().withStatus(503)));
        backends = new FakeBackends(Map.of(
                "micronaut.http.services.articles.urls", first.baseUrl(),
                "micronaut.http.services.articles.health-check", true,
                "micronaut.http.services.articles.health-check-interval", "200ms"));
        backends.commentsAnswer(okJson(FakeBackends.commentPage("x")));
        Instant deadline = Instant.now().plusSeconds(15);
        while (!articlesHealth().get("instancesInRotation").equals(0) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(articlesHealth()).containsEntry("instances", 1).containsEntry("instancesInRotation", 0);

        for (int i = 0; i < 3; i++) {
            assertThat(backends.get("/api/articles/" + SLUG).body()).as("request " + i).contains("\"complete\":true");
        }
        assertThat(articleCalls(first)).isEqualTo(3);
    }
}
