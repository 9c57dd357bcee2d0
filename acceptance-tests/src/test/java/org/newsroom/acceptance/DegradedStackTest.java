package org.newsroom.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.By;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stack of its own whose services are stopped and started: the gateway degrades, answers 503
 * fast, keeps rate limits, and finishes an article's deletion once comments-service is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DegradedStackTest {

    private static Stack stack;
    private static Api anonymous;
    private static Api admin;
    private static String adminToken;
    private static String slug;

    @BeforeAll
    static void startStack() {
        stack = Stack.start(Map.of("RATE_LIMIT_PER_SECOND", "5"));
        anonymous = stack.api().from(Fixtures.clientIp());
        adminToken = anonymous.login("admin", Stack.ADMIN_PASSWORD);
        admin = stack.api().from(Fixtures.clientIp()).as(adminToken);
        slug = Fixtures.publishedArticle(admin, "open");
        admin.post("/api/articles/" + slug + "/comments", Fixtures.comment("desk@example.org", "kept through outages"));
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @Test
    @Order(1)
    void excessRequestsFromOneClientAre429WithRetryAfter() {
        Api client = stack.api().from(Fixtures.clientIp());
        Api.Reply last = null;
        for (int i = 0; i < 60 && (last == null || last.status() != 429); i++) {
            last = client.get("/api/articles");
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(Integer.parseInt(last.header("Retry-After"))).isPositive();
        assertThat(last.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stack.api().from(Fixtures.clientIp()).get("/api/articles").status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void withCommentsServiceDownTheArticleStillAnswersWithoutComments() {
        stack.comments().kill();
        // views cached before the outage may be served for up to the freshness limit
        assertThat(Poll.until(Duration.ofSeconds(15), () -> {
            Api.Reply view = stack.api().from(Fixtures.clientIp()).get("/api/articles/" + slug);
            Api.Reply list = stack.api().from(Fixtures.clientIp()).get("/api/articles");
            return !view.json().path("complete").asBoolean(true) && !list.json().path("complete").asBoolean(true);
        })).as("the gateway notices comments-service is gone").isTrue();

        Api.Reply view = stack.api().from(Fixtures.clientIp()).get("/api/articles/" + slug);
        Api.Reply list = stack.api().from(Fixtures.clientIp()).get("/api/articles");

        assertThat(view.status()).isEqualTo(200);
        JsonNode body = view.json();
        assertThat(body.path("article").path("slug").asText()).isEqualTo(slug);
        assertThat(body.path("comments").isNull()).isTrue();
        assertThat(body.path("complete").asBoolean()).isFalse();
        assertThat(view.header("Cache-Control")).contains("no-store");
        assertThat(view.header("ETag")).isNull();

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("complete").asBoolean()).isFalse();
        assertThat(list.json().path("items").get(0).path("commentCount").isNull()).isTrue();
        assertThat(list.header("Cache-Control")).contains("no-store");
        assertThat(stack.api().get("/health").json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    @Order(4)
    void deletingAnArticleWhileCommentsServiceIsDownRemovesItsCommentsOnceItIsBack() {
        String doomed = Fixtures.publishedArticle(admin, "open");
        String articleId = admin.get("/api/articles/" + doomed).json().path("article").path("id").asText();
        stack.restartComments();
        awaitGatewayCallsComments(doomed);
        Api.Reply posted = admin.post("/api/articles/" + doomed + "/comments", Fixtures.comment("desk@example.org", "goes with the article"));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        String commentId = posted.json().path("id").asText();
        stack.comments().kill();

        assertThat(admin.delete("/api/articles/" + doomed).status()).isEqualTo(204);
        assertThat(outbox()).as("the deletion waits in articles-service's outbox").contains(articleId);

        stack.stopGateway();
        stack.restartComments();
        Api.Reply kept = commentsService().get("/comments/" + commentId);
        assertThat(kept.status()).as("the comment survived comments-service's SIGKILL: " + kept).isEqualTo(200);
        assertThat(outbox()).as("nothing removed the comments while no gateway ran").contains(articleId);

        stack.restartGateway();
        assertThat(Poll.until(Duration.ofSeconds(60), () -> commentsService().get("/comments/" + commentId).status() == 404))
                .as("the relay removed the comment").isTrue();
        assertThat(Poll.until(Duration.ofSeconds(30), () -> !outbox().contains(articleId)))
                .as("the relay acknowledged the outbox entry").isTrue();
    }

    private static Api commentsService() {
        return new Api(stack.comments().url());
    }

    /** The article ids of articles-service's deletion outbox, read directly with an administrator's token. */
    private static List<String> outbox() {
        Api.Reply reply = new Api(stack.articles().url()).as(adminToken).get("/articles/deletions");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().forEach(entry -> ids.add(entry.path("articleId").asText()));
        return ids;
    }

    /**
     * Waits until the gateway's health names comments-service UP with a closed circuit. After an
     * outage the circuit stays open until trial calls succeed, so readers keep asking meanwhile;
     * a write sent while it is still open or half-open would be refused with a 503 by design.
     */
    private static void awaitGatewayCallsComments(String article) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode state = null;
        while (Instant.now().isBefore(deadline)) {
            stack.api().from(Fixtures.clientIp()).get("/api/articles/" + article);
            state = stack.api().get("/health").json().findValue("comments-service");
            if (state != null && "UP".equals(state.path("status").asText()) && "CLOSED".equals(state.path("circuit").asText())) {
                return;
            }
            ServiceProcess.sleep(100);
        }
        throw new AssertionError("the gateway never saw comments-service up again: " + state);
    }

    @Test
    @Order(3)
    void readerSeesTheArticleAndPlainWordsWhileCommentsServiceIsDown() {
        Browser.requireInstalled();
        Browser browser = new Browser();
        try {
            browser.driver().get(stack.gatewayUrl() + "/articles/" + slug);
            browser.awaitText(By.id("comments-note"), "Comments could not be loaded right now.");
            assertThat(browser.driver().findElement(By.id("article-body")).getText()).contains("Heading");

            browser.driver().findElement(By.id("author")).sendKeys("Patient Reader");
            browser.driver().findElement(By.id("email")).sendKeys(Fixtures.email());
            browser.driver().findElement(By.id("comment")).sendKeys("Posted while comments are down");
            browser.driver().findElement(By.id("submit")).click();

            browser.awaitText(By.id("form-message"), "The service is unavailable right now. Please try again shortly.");
            assertThat(browser.driver().findElement(By.id("comment")).getAttribute("value")).isEqualTo("Posted while comments are down");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(5)
    void withArticlesServiceDownTheGatewayAnswers503() {
        stack.articles().kill();

        Api.Reply view = stack.api().from(Fixtures.clientIp()).get("/api/articles/" + slug + "?page=2");

        assertThat(view.status()).isEqualTo(503);
        assertThat(view.header("Content-Type")).startsWith("application/problem+json");
    }
}
