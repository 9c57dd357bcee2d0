package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** ETags, request ids, size limits, error bodies, API docs and operations endpoints. */
class HttpTest extends FakeBackendsTest {

    private static final String COMMENT_ID = "0123456789abcdef01234567";
    @BeforeAll
    static void start() {
        // Budgets a busy machine cannot miss: a degraded answer carries no ETag, and budgets are DegradationTest's subject.
        backends = new FakeBackends(Map.of("gateway.circuit.minimum-calls", 10_000, "gateway.comments.timeout-ms", 10_000,
                "gateway.articles.timeout-ms", 10_000));
    }

    @BeforeEach
    void stubTheServices() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        backends.articles.stubFor(get(urlPathEqualTo("/articles")).willReturn(okJson(
                "{\"items\":[{\"id\":\"" + ID + "\",\"slug\":\"" + SLUG + "\"}],\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1}")));
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(okJson("{\"counts\":{\"" + ID + "\":1}}")));
        backends.comments.stubFor(get(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(okJson(FakeBackends.comment(COMMENT_ID, "Hello"))));
    }

    @Test
    void everyPublicReadCarriesAnETagAndAnswers304WhenItStillMatches() {
        for (String path : List.of("/api/articles", "/api/articles/" + SLUG, "/api/articles/" + SLUG + "/comments",
                "/api/comments/" + COMMENT_ID)) {
            FakeBackends.Reply first = backends.get(path);
            String etag = first.header("ETag");
            assertThat(etag).as(path).matches("\"[A-Za-z0-9_-]+\"");

            FakeBackends.Reply unchanged = backends.get(path, Map.of("If-None-Match", etag));
            assertThat(unchanged.status()).as(path).isEqualTo(304);
            assertThat(unchanged.body()).isEmpty();
            assertThat(unchanged.header("ETag")).isEqualTo(etag);
            assertThat(backends.get(path, Map.of("If-None-Match", "\"other\", W/" + etag)).status()).as(path).isEqualTo(304);
            assertThat(backends.get(path, Map.of("If-None-Match", "\"other\"")).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theETagChangesWhenWhatThePageShowsChanges() {
        String before = backends.get("/api/articles/" + SLUG).header("ETag");
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Another")));

        FakeBackends.Reply after = backends.get("/api/articles/" + SLUG, Map.of("If-None-Match", before));

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before);
    }

    @Test
    void aDegradedPageIsNeverNotModified() {
        String etag = backends.get("/api/articles/" + SLUG).header("ETag");
        backends.commentsAnswer(aResponse().withStatus(500));

        FakeBackends.Reply reply = backends.get("/api/articles/" + SLUG, Map.of("If-None-Match", etag));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isNull();
    }

    @Test
    void theRequestIdIsPassedToEveryServiceCall() {
        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(201)));

        for (String path : List.of("/api/articles/" + SLUG, "/api/articles", "/api/articles/" + SLUG + "/comments")) {
            assertThat(backends.get(path, Map.of("X-Request-Id", "req-42")).header("X-Request-Id")).isEqualTo("req-42");
        }
        backends.send("POST", "/api/articles/" + SLUG + "/comments", "{}", Map.of("X-Request-Id", "req-42"));
        backends.send("GET", "/api/moderation/counts", null, Map.of("X-Request-Id", "req-42", "Authorization",
                "Bearer " + backends.token("MODERATOR")));

        assertThat(backends.articles.findAll(anyRequestedFor(anyUrl()))).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(request -> assertThat(request.getHeader("X-Request-Id")).isEqualTo("req-42"));
        assertThat(backends.comments.findAll(anyRequestedFor(anyUrl()))).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(request -> assertThat(request.getHeader("X-Request-Id")).isEqualTo("req-42"));
    }

    @Test
    void aRequestWithoutAnIdGetsOneThatTheServicesSeeToo() {
        FakeBackends.Reply reply = backends.get("/api/articles/" + SLUG, Map.of("X-Request-Id", "not a sane id\t<script>"));

        String id = reply.header("X-Request-Id");
        assertThat(id).matches("[0-9a-f-]{36}");
        backends.articles.verify(anyRequestedFor(anyUrl()).withHeader("X-Request-Id", equalTo(id)));
    }

    @Test
    void aCallersIdOfVisibleCharactersIsKeptAsItCame() {
        String given = "Root=1-5759e988/bd862e3f+Zm9v==";

        FakeBackends.Reply reply = backends.get("/api/articles/" + SLUG, Map.of("X-Request-Id", given));

        assertThat(reply.header("X-Request-Id")).isEqualTo(given);
        backends.articles.verify(anyRequestedFor(anyUrl()).withHeader("X-Request-Id", equalTo(given)));
        assertThat(backends.get("/api/articles", Map.of("X-Request-Id", "x".repeat(201))).header("X-Request-Id"))
                .matches("[0-9a-f-]{36}");
    }

    @Test
    void aBodyOver64KibIsRefusedWith413() {
        FakeBackends.Reply reply = backends.send("POST", "/api/articles/" + SLUG + "/comments",
                "{\"content\":\"" + "x".repeat(70_000) + "\"}", Map.of());

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        backends.comments.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void errorsAreProblemsWithoutInternals() {
        FakeBackends.Reply unknown = backends.get("/api/nothing-here");
        FakeBackends.Reply wrongMethod = backends.send("PATCH", "/api/articles/" + SLUG, "{}", Map.of());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrongMethod.status()).isIn(401, 405);
        for (FakeBackends.Reply reply : List.of(unknown, wrongMethod)) {
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(backends.json(reply.body())).containsKeys("type", "title", "status", "detail");
            assertThat(reply.body()).doesNotContain("Exception", "io.micronaut", "at org.");
        }
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() {
        FakeBackends.Reply document = backends.get("/swagger/news-platform-1.0.yml");
        FakeBackends.Reply ui = backends.get("/swagger-ui");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Content-Type")).isEqualTo("application/yaml");
        assertThat(document.body()).contains("/api/articles/{slug}:", "/api/articles/{slug}/comments:", "/api/moderation/comments:",
                "/api/comments/{id}:", "/api/login:");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.header("Content-Type")).startsWith("text/html");
        assertThat(ui.body()).contains("/swagger/news-platform-1.0.yml");
        assertThat(backends.get("/swagger-ui/res/swagger-ui-bundle.js").status()).isEqualTo(200);
    }

    @Test
    void swaggerUiRunsOnlyItsOwnInlineScriptByHash() throws Exception {
        for (String path : new String[] {"/swagger-ui", "/swagger-ui/index.html"}) {
            FakeBackends.Reply ui = backends.get(path);
            assertThat(ui.status()).isEqualTo(200);
            Matcher inline = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL)
                    .matcher(ui.body());
            assertThat(inline.find()).as("the generated page has an inline script").isTrue();
            String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(inline.group(1).getBytes(StandardCharsets.UTF_8)));
            String scripts = Arrays.stream(ui.header("Content-Security-Policy").split(";")).map(String::trim)
                    .filter(directive -> directive.startsWith("script-src")).findFirst().orElseThrow();

            assertThat(scripts).as(path).isEqualTo("script-src 'self' 'sha256-" + hash + "'");
            assertThat(ui.header("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void theGatewayStaysUpAndReadyWhileAServiceIsDownAndSaysWhichOne() {
        backends.articles.stubFor(get(urlEqualTo("/health/readiness")).willReturn(okJson("{\"status\":\"UP\"}")));
        backends.comments.stop();

        FakeBackends.Reply health = backends.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"")
                .contains("\"articles-service\":{\"status\":\"UP\"").contains("\"comments-service\":{\"status\":\"DOWN\"");
        assertThat(backends.get("/health/readiness").status()).isEqualTo(200);
        assertThat(backends.get("/health/liveness").status()).isEqualTo(200);
        FakeBackends.Reply metrics = backends.get("/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("gateway_backend_retries_total");
    }

    @Test
    void aBrowserGetsProblemJsonFromTheApiAndAnHtmlPageElsewhere() {
        Map<String, String> browser = Map.of("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        Map<String, String> editorBrowser = new java.util.HashMap<>(backends.bearer("EDITOR"));
        editorBrowser.putAll(browser);
        List<FakeBackends.Reply> replies = List.of(backends.get("/api/articles?page=0", browser),
                backends.get("/api/no-such-thing", browser), backends.get("/api/moderation/comments", browser),
                backends.get("/api/moderation/comments", editorBrowser),
                backends.send("POST", "/api/login", "{\"username\": 1, \"password\": [\"x\"]}",
                        Map.of("Accept", browser.get("Accept"), "Content-Type", "application/json")));

        assertThat(replies).extracting(FakeBackends.Reply::status).containsExactly(400, 404, 401, 403, 400);
        assertThat(replies).allSatisfy(reply -> assertThat(reply.header("Content-Type")).startsWith("application/problem+json"));
        assertThat(replies.get(0).body()).contains("\"field\":\"page\"");
        for (String path : List.of("/no-such-page", "/feed.atom/x", "/editor/x", "/moderation/x")) {
            FakeBackends.Reply page = backends.get(path, browser);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(page.header("Content-Security-Policy")).as(path).contains("script-src 'self'");
            assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }
}
