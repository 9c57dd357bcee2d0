package org.newsroom.acceptance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics, request ids, limits and API docs. */
class OperationsContractTest {

    private static Stack stack;
    private static Api anonymous;

    @BeforeAll
    static void startStack() {
        stack = Stack.shared();
        anonymous = stack.api();
    }

    @Test
    void everyServiceReportsHealthAndMetrics() {
        for (String base : new String[] {stack.gatewayUrl(), stack.articles().url(), stack.comments().url()}) {
            Api service = new Api(base);
            Api.Reply health = service.get("/health");
            assertThat(health.status()).as(base).isEqualTo(200);
            assertThat(health.json().path("status").asText()).as(base).isEqualTo("UP");
            assertThat(service.get("/health/liveness").status()).isEqualTo(200);
            assertThat(service.get("/health/readiness").status()).isEqualTo(200);
            Api.Reply metrics = service.get("/prometheus");
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.body()).contains("# TYPE");
        }
    }

    @Test
    void requestIdIsPassedThroughOrGenerated() {
        Api.Reply given = anonymous.with("X-Request-Id", "trace-abc-123").get("/api/articles");
        Api.Reply generated = anonymous.get("/api/articles");

        assertThat(given.header("X-Request-Id")).isEqualTo("trace-abc-123");
        assertThat(generated.header("X-Request-Id")).isNotBlank();
        assertThat(anonymous.get("/api/articles/nope-nope").header("X-Request-Id")).isNotBlank();
    }

    @Test
    void bodiesOver64KibAre413() {
        Map<String, Object> huge = Fixtures.comment(Fixtures.email(), "x".repeat(70 * 1024));

        Api.Reply tooBig = anonymous.from(Fixtures.clientIp()).post("/api/articles/" + Stack.SAMPLE_SLUG + "/comments", huge);

        assertThat(tooBig.status()).isEqualTo(413);
    }

    @Test
    void openApiDocumentAndSwaggerUiAreServed() {
        assertThat(anonymous.get("/swagger-ui").status()).isEqualTo(200);
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(anonymous.get("/swagger/news-platform-1.0.yml").body()).contains("/api/articles/{slug}/comments");
    }

    @Test
    void malformedIdsAndOddPathsAreNever500() {
        for (String path : new String[] {"/api/comments/not-an-id", "/api/comments/%24ne", "/api/articles/%00",
                "/api/articles/" + "a".repeat(500), "/api/articles/x/comments?page=abc", "/api/nothing-here"}) {
            int status = anonymous.get(path).status();
            assertThat(status).as(path).isBetween(400, 499);
        }
    }

    @Test
    void webPagesAreServedWithAContentSecurityPolicy() {
        Api.Reply front = anonymous.get("/");
        Api.Reply article = anonymous.get("/articles/" + Stack.SAMPLE_SLUG);
        Api.Reply moderation = anonymous.get("/moderation");

        for (Api.Reply page : new Api.Reply[] {front, article, moderation}) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        }
        assertThat(article.body()).contains("Leave a Reply");
    }
}
