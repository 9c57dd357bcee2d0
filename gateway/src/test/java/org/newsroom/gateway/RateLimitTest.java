package org.newsroom.gateway;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** The per-IP limit on /api, behind a trusted proxy whose X-Forwarded-For names the client. */
class RateLimitTest {

    private static FakeBackends backends;

    @BeforeAll
    static void start() {
        backends = new FakeBackends(Map.of("gateway.rate-limit-per-second", 3, "gateway.trusted-proxies", "10.0.0.0/8, 127.0.0.1"));
        backends.publishedArticle();
        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(201)));
    }

    @AfterAll
    static void stop() {
        backends.close();
    }

    private static List<Integer> burst(String clientIp, String path, int requests) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            statuses.add(backends.get(path, Map.of("X-Forwarded-For", clientIp)).status());
        }
        return statuses;
    }

    @Test
    void aBurstIsAllowedThenExcessRequestsAreTooManyWithRetryAfter() {
        List<Integer> statuses = burst("198.51.100.1", "/api/comments/not-an-id", 6);
        assertThat(statuses).as("a burst of twice the rate passes").containsOnly(404);

        FakeBackends.Reply limited = null;
        for (int i = 0; i < 30 && limited == null; i++) {
            FakeBackends.Reply reply = backends.get("/api/comments/not-an-id", Map.of("X-Forwarded-For", "198.51.100.1"));
            limited = reply.status() == 429 ? reply : null;
        }

        assertThat(limited).isNotNull();
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(backends.json(limited.body())).containsEntry("status", 429);
    }

    /** The first answer over the limit, and how many went through before it (on a loaded machine a token may refill in between). */
    private record Refused(FakeBackends.Reply reply, int passed) {
    }

    private static Refused firstRefused(String clientIp, Supplier<FakeBackends.Reply> send) {
        assertThat(burst(clientIp, "/api/comments/not-an-id", 30)).contains(429);
        for (int passed = 0; passed < 30; passed++) {
            FakeBackends.Reply reply = send.get();
            if (reply.status() == 429) {
                return new Refused(reply, passed);
            }
        }
        throw new AssertionError("30 requests in a row were never over the limit");
    }

    @Test
    void aReplyFormPostOverTheLimitIsTheFormAgainWithWhatWasTypedAndTheWait() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        Refused refused = firstRefused("198.51.100.9", () -> backends.postForm("/articles/the-slug/comments",
                "authorName=Dana&content=Kept+text", Map.of("X-Forwarded-For", "198.51.100.9", "Accept", "text/html,*/*;q=0.8")));

        FakeBackends.Reply form = refused.reply();
        int seconds = Integer.parseInt(form.header("Retry-After"));
        assertThat(seconds).isPositive();
        assertThat(form.header("Content-Type")).startsWith("text/html");
        Document page = Jsoup.parse(form.body());
        assertThat(page.selectFirst("#form-message").text()).startsWith("You are posting too quickly. Please wait " + seconds + " second");
        assertThat(page.selectFirst("#comment").val()).isEqualTo("Kept text");
        assertThat(page.selectFirst("#author").val()).isEqualTo("Dana");
        backends.comments.verify(refused.passed(), postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))
                .withHeader("X-Client-IP", equalTo("198.51.100.9")));
    }

    @Test
    void theEditPageOverTheLimitSaysHowLongToWaitWithoutAskingTheService() {
        backends.comments.resetRequests();

        Refused refused = firstRefused("198.51.100.11", () -> backends.get("/articles/the-slug/comments/" + "c".repeat(24) + "/edit",
                Map.of("X-Forwarded-For", "198.51.100.11", "Accept", "text/html", "Cookie", "comment-edit-" + "c".repeat(24) + "=" + "t".repeat(43))));

        FakeBackends.Reply page = refused.reply();
        assertThat(page.header("Retry-After")).isNotBlank();
        assertThat(Jsoup.parse(page.body()).selectFirst("#form-message").text()).startsWith("You are posting too quickly. Please wait");
        assertThat(backends.comments.getAllServeEvents()).hasSize(refused.passed());
    }

    @Test
    void aJsonClientPostingAFormOverTheLimitGetsTheProblem() {
        FakeBackends.Reply form = firstRefused("198.51.100.10", () -> backends.postForm("/articles/the-slug/comments", "content=x",
                Map.of("X-Forwarded-For", "198.51.100.10", "Accept", "application/json"))).reply();

        assertThat(form.header("Retry-After")).isNotBlank();
        assertThat(form.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void searchesFromTheFrontPageOverTheLimitGetAPageSayingHowLongToWaitWhileTheFrontPageStays() {
        backends.articles.stubFor(get(urlPathEqualTo("/articles")).willReturn(okJson(
                "{\"items\":[],\"page\":1,\"size\":20,\"total\":0,\"totalPages\":0}")));

        Refused refused = firstRefused("198.51.100.21", () -> backends.get("/?q=gaza+" + System.nanoTime(),
                Map.of("X-Forwarded-For", "198.51.100.21", "Accept", "text/html")));

        FakeBackends.Reply page = refused.reply();
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(Integer.parseInt(page.header("Retry-After"))).isPositive();
        assertThat(Jsoup.parse(page.body()).text()).contains("Too many searches");
        assertThat(burst("198.51.100.21", "/", 10)).as("the front page itself is a page like any other").doesNotContain(429);
        assertThat(burst("198.51.100.21", "/?q=", 10)).as("an empty search is the front page").doesNotContain(429);
    }

    @Test
    void eachClientHasItsOwnLimitAndOperationsAreNotLimited() {
        assertThat(burst("198.51.100.2", "/api/comments/not-an-id", 30)).contains(429);

        assertThat(backends.get("/api/comments/not-an-id", Map.of("X-Forwarded-For", "198.51.100.3")).status()).isEqualTo(404);
        assertThat(burst("198.51.100.2", "/health/liveness", 10)).containsOnly(200);
    }

    @Test
    void theAddressesOfOneIpv6Slash64ShareOneLimit() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            statuses.add(backends.get("/api/comments/not-an-id", Map.of("X-Forwarded-For", "2001:db8:5:6::" + Integer.toHexString(i))).status());
        }

        assertThat(statuses).contains(429);
        assertThat(backends.get("/api/comments/not-an-id", Map.of("X-Forwarded-For", "2001:db8:5:7::1")).status())
                .as("the next /64 is another client").isEqualTo(404);
    }

    @Test
    void aTrustedProxysForwardedForNamesTheClient() {
        backends.send("POST", "/api/articles/" + SLUG + "/comments", "{}", Map.of("X-Forwarded-For", "203.0.113.50, 10.1.2.3"));

        backends.comments.verify(postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))
                .withHeader("X-Client-IP", equalTo("203.0.113.50")));
    }
}
