package org.newsroom.acceptance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings read from the environment of started services, as {@code ./run} starts them: no
 * JWT_SECRET (the three services share the one generated into DATA_DIR), MODERATION_MODE=manual
 * and LOG_LEVEL=WARN.
 */
class RunConfigurationTest {

    private static Stack stack;
    private static Api anonymous;
    private static Api admin;
    private static String slug;

    @BeforeAll
    static void startStack() {
        // no flood window: a returning author posts again at once (the window has tests of its own)
        stack = Stack.start(Map.of("JWT_SECRET", "", "MODERATION_MODE", "manual", "LOG_LEVEL", "WARN", "COMMENT_FLOOD_SECONDS", "0"));
        anonymous = stack.api().from(Fixtures.clientIp());
        admin = stack.api().from(Fixtures.clientIp()).as(anonymous.login("admin", Stack.ADMIN_PASSWORD));
        slug = Fixtures.publishedArticle(admin, "open");
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @Test
    void withoutJwtSecretTheServicesShareTheOneGeneratedIntoTheDataDir() throws Exception {
        String token = anonymous.login("admin", Stack.ADMIN_PASSWORD);

        assertThat(Files.readString(stack.dataDir().resolve("jwt-secret")).strip()).hasSizeGreaterThanOrEqualTo(32)
                .isNotEqualTo(Stack.JWT_SECRET);
        assertThat(new Api(stack.articles().url()).as(token).get("/articles/deletions").status())
                .as("articles-service accepts the gateway's token").isEqualTo(200);
        assertThat(new Api(stack.comments().url()).as(token).get("/moderation/comments?status=pending").status())
                .as("comments-service accepts the gateway's token").isEqualTo(200);
        assertThat(new Api(stack.articles().url()).as(token + "x").get("/articles/deletions").status()).isEqualTo(401);
    }

    @Test
    void manualModerationHoldsEvenAReturningAuthorsComment() {
        String email = Fixtures.email();
        Api reader = stack.api().from(Fixtures.clientIp());
        Api.Reply first = reader.post("/api/articles/" + slug + "/comments", Fixtures.comment(email, "First words"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Api.Reply approved = admin.patch("/api/moderation/comments/" + first.json().path("id").asText(), Map.of("status", "approved"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        Api.Reply second = reader.post("/api/articles/" + slug + "/comments", Fixtures.comment(email, "Second words"));

        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().path("status").asText()).as("auto mode would approve a returning author").isEqualTo("pending");
        assertThat(anonymous.get("/api/comments/" + second.json().path("id").asText()).status()).isEqualTo(404);
    }

    @Test
    void logLevelWarnLeavesNoInfoLineInAnyServicesLog() {
        assertThat(anonymous.get("/api/articles/" + slug).status()).isEqualTo(200);

        for (ServiceProcess service : new ServiceProcess[] {stack.gateway(), stack.articles(), stack.comments()}) {
            assertThat(service.logContains("\"level\":\"INFO\"")).as(service.url() + " logged at INFO").isFalse();
            assertThat(service.logContains("http.access")).as(service.url() + " wrote its access log").isFalse();
        }
    }
}
