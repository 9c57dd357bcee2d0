package org.newsroom.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import org.newsroom.support.testing.FreePorts;
import org.newsroom.support.testing.Http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A gateway started against stub servers standing in for articles-service and comments-service.
 * The stubs listen on fixed free ports, so a test can stop one ("down") and start it again.
 */
public final class FakeBackends implements AutoCloseable {

    public static final String SECRET = "gateway-test-secret-0123456789abcdefghij";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String ID = "aaaaaaaaaaaaaaaaaaaaaaaa";
    public static final String SLUG = "the-slug";
    /** A circuit that never opens, for tests of one fault at a time. */
    public static final Map<String, Object> NO_CIRCUIT = Map.of("gateway.circuit.minimum-calls", 10_000);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public final WireMockServer articles = new WireMockServer(options().port(freePort()));
    public final WireMockServer comments = new WireMockServer(options().port(freePort()));
    public final EmbeddedServer gateway;

    /** A gateway with no cache, no rate limit, no health checks, 5 s budgets and a relay that never runs, plus {@code settings}. */
    public FakeBackends(Map<String, Object> settings) {
        articles.start();
        comments.start();
        ready();
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.http.services.articles.urls", articles.baseUrl());
        properties.put("micronaut.http.services.comments.urls", comments.baseUrl());
        properties.put("micronaut.http.services.articles.health-check", false);
        properties.put("micronaut.http.services.comments.health-check", false);
        properties.put("jwt.secret", SECRET);
        properties.put("gateway.admin-password", ADMIN_PASSWORD);
        properties.put("gateway.rate-limit-per-second", 0);
        properties.put("gateway.cache.enabled", false);
        properties.put("gateway.deletion-relay.interval", "1h");
        properties.put("gateway.circuit.open-seconds", 1);
        // budgets a busy machine cannot miss; tests of slow services set their own
        properties.put("gateway.articles.timeout-ms", 5000);
        properties.put("gateway.comments.timeout-ms", 5000);
        properties.put("data.dir", temporaryDirectory());
        properties.putAll(settings);
        gateway = ApplicationContext.run(EmbeddedServer.class, properties);
        warmUp();
    }

    /** A first request pays for class loading and first connections, longer than a read budget on a busy machine. */
    private void warmUp() {
        get("/health");
        articles.resetRequests();
        comments.resetRequests();
    }

    public static int freePort() {
        return FreePorts.next();
    }

    public static String temporaryDirectory() {
        try {
            return Files.createTempDirectory("gateway-test").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Reply(int status, String body, HttpResponse<String> response) {
        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    public HttpRequest request(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.getURL() + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return request.build();
    }

    public Reply send(String method, String path, String body, Map<String, String> headers) {
        return exchange(request(method, path, body, headers));
    }

    /** A form post as a browser sends it: urlencoded {@code body}, with {@code headers} (Accept, X-Forwarded-For, Cookie…). */
    public Reply postForm(String path, String body, Map<String, String> headers) {
        return sendAs("application/x-www-form-urlencoded", "POST", path, body, headers);
    }

    /** {@code body} sent as {@code contentType}, with {@code headers}. */
    public Reply sendAs(String contentType, String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.getURL() + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::setHeader);
        return exchange(request.build());
    }

    private Reply exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code body} chunked, with no Content-Length, as a client streaming it would. */
    public Reply sendChunked(String method, String path, String body, Map<String, String> headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.getURL() + path)).timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return exchange(request.build());
    }

    public CompletableFuture<Reply> sendAsync(String method, String path) {
        return HTTP.sendAsync(request(method, path, null, Map.of()), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Reply(response.statusCode(), response.body(), response));
    }

    public Reply get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Reply get(String path, Map<String, String> headers) {
        return send("GET", path, null, headers);
    }

    public Map<String, String> bearer(String... roles) {
        return Map.of("Authorization", "Bearer " + token(roles));
    }

    public String token(String... roles) {
        return gateway.getApplicationContext().getBean(JwtTokenGenerator.class)
                .generateToken(Authentication.build("tester", List.of(roles)), 600).orElseThrow();
    }

    /** A token like {@link #token}'s but naming {@code issuer} as its issuer, or none when it is null. */
    public String tokenIssuedBy(String issuer, String... roles) {
        return Http.makeTokenIssuedBy(gateway.getApplicationContext().getBean(JwtTokenGenerator.class), issuer, roles);
    }

    public Map<String, Object> json(String body) {
        try {
            return gateway.getApplicationContext().getBean(JsonMapper.class).readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public double retries(String service) {
        return gateway.getApplicationContext().getBean(MeterRegistry.class).counter("gateway.backend.retries", "service", service).count();
    }

    /** Both stubs running again, forgetting their stubs and requests, with {@link #SLUG} published. */
    public void reset() {
        for (WireMockServer stub : List.of(articles, comments)) {
            if (!stub.isRunning()) {
                stub.start();
            }
            stub.resetAll();
        }
        ready();
        publishedArticle();
    }

    /** Both stubs say they are ready, as a running service does: an open circuit closes on its service's readiness. */
    public void ready() {
        for (WireMockServer stub : List.of(articles, comments)) {
            stub.stubFor(WireMock.get(urlEqualTo("/health/readiness")).willReturn(okJson("{\"status\":\"UP\"}")));
        }
    }

    /** articles-service knows {@link #SLUG} ({@link #ID}) as a published article with comments open. */
    public void publishedArticle() {
        articles.stubFor(WireMock.get(urlEqualTo("/articles/" + SLUG)).willReturn(okJson(article(ID, SLUG, "published", "open"))));
        articles.stubFor(WireMock.get(urlEqualTo("/articles/by-id/" + ID)).willReturn(okJson(article(ID, SLUG, "published", "open"))));
        articles.stubFor(WireMock.get(urlEqualTo("/articles/" + SLUG + "/comment-status")).willReturn(okJson(commentStatus(ID, SLUG, "open"))));
    }

    /** The front page's list: {@link #SLUG} alone, with one comment counted. */
    public void listedArticle() {
        articles.stubFor(WireMock.get(urlPathEqualTo("/articles")).willReturn(okJson("{\"items\":[{\"id\":\"" + ID + "\",\"slug\":\"" + SLUG
                + "\",\"title\":\"T\",\"updatedAt\":\"2024-03-04T10:00:00Z\"}],\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1}")));
        comments.stubFor(WireMock.get(urlPathEqualTo("/counts")).willReturn(okJson("{\"counts\":{\"" + ID + "\":1}}")));
    }

    /** articles-service shows the draft {@code draft-one} only to a request carrying {@code token}. */
    public void draftVisibleWith(String token) {
        articles.stubFor(WireMock.get(urlEqualTo("/articles/draft-one")).willReturn(WireMock.aResponse().withStatus(404)));
        articles.stubFor(WireMock.get(urlEqualTo("/articles/draft-one")).withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(okJson(article(ID, "draft-one", "draft", "open"))));
    }

    public void commentsAnswer(ResponseDefinitionBuilder answer) {
        comments.stubFor(WireMock.get(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(answer));
    }

    public static String article(String id, String slug, String status, String commentStatus) {
        return "{\"id\":\"" + id + "\",\"slug\":\"" + slug + "\",\"title\":\"T\",\"excerpt\":\"e\",\"body\":\"b\","
                + "\"bodyHtml\":\"<p>b</p>\",\"author\":\"a\",\"tags\":[\"politics\"],\"status\":\"" + status + "\",\"commentStatus\":\""
                + commentStatus + "\",\"publishedAt\":\"2024-03-04T10:00:00Z\",\"createdAt\":\"2024-03-04T09:00:00Z\","
                + "\"updatedAt\":\"2024-03-04T10:00:00Z\",\"version\":1,\"internalField\":\"x\"}";
    }

    public static String commentStatus(String id, String slug, String commentStatus) {
        return "{\"id\":\"" + id + "\",\"slug\":\"" + slug + "\",\"status\":\"published\",\"commentStatus\":\"" + commentStatus + "\"}";
    }

    public static String comment(String id, String content) {
        return "{\"id\":\"" + id + "\",\"parentId\":null,\"authorName\":\"Dana\",\"authorUrl\":\"https://dana.example\","
                + "\"content\":\"" + content + "\",\"contentFormat\":\"markdown\",\"contentHtml\":\"<p>" + content + "</p>\","
                + "\"createdAt\":\"2024-03-04T10:00:00Z\","
                + "\"replies\":[]}";
    }

    public static String commentPage(String content) {
        return "{\"items\":[" + comment("0123456789abcdef01234567", content) + "],\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1,"
                + "\"count\":1}";
    }

    @Override
    public void close() {
        gateway.close();
        articles.stop();
        comments.stop();
    }
}
