package org.newsroom.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** A gateway started against stub servers standing in for articles-service and comments-service. */
final class FakeBackends implements AutoCloseable {

    static final String SECRET = "gateway-test-secret-0123456789abcdefghij";
    static final String ADMIN_PASSWORD = "admin-test-password";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final WireMockServer articles = new WireMockServer(options().dynamicPort());
    final WireMockServer comments = new WireMockServer(options().dynamicPort());
    final EmbeddedServer gateway;

    FakeBackends(Map<String, Object> settings) {
        articles.start();
        comments.start();
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.http.services.articles.urls", articles.baseUrl());
        properties.put("micronaut.http.services.comments.urls", comments.baseUrl());
        properties.put("micronaut.http.services.articles.health-check", false);
        properties.put("micronaut.http.services.comments.health-check", false);
        properties.put("jwt.secret", SECRET);
        properties.put("gateway.admin-password", ADMIN_PASSWORD);
        properties.put("gateway.rate-limit-per-second", 0);
        properties.put("gateway.deletion-relay.interval", "1h");
        properties.put("gateway.circuit.open-seconds", 1);
        try {
            properties.put("data.dir", Files.createTempDirectory("gateway-test").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        properties.putAll(settings);
        gateway = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    record Reply(int status, String body, HttpResponse<String> response) {
        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    Reply send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.getURL() + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply get(String path) {
        return send("GET", path, null, Map.of());
    }

    String token(String... roles) {
        return gateway.getApplicationContext().getBean(io.micronaut.security.token.jwt.generator.JwtTokenGenerator.class)
                .generateToken(io.micronaut.security.authentication.Authentication.build("tester", java.util.List.of(roles)), 600)
                .orElseThrow();
    }

    static String article(String id, String slug, String commentStatus) {
        return "{\"id\":\"" + id + "\",\"slug\":\"" + slug + "\",\"title\":\"T\",\"excerpt\":\"e\",\"body\":\"b\","
                + "\"bodyHtml\":\"<p>b</p>\",\"author\":\"a\",\"tags\":[],\"status\":\"published\",\"commentStatus\":\""
                + commentStatus + "\",\"publishedAt\":\"2024-03-04T10:00:00Z\",\"updatedAt\":\"2024-03-04T10:00:00Z\",\"version\":0}";
    }

    static String commentPage(String content) {
        return "{\"items\":[{\"id\":\"0123456789abcdef01234567\",\"parentId\":null,\"authorName\":\"Dana\",\"authorUrl\":null,"
                + "\"content\":\"" + content + "\",\"contentHtml\":\"<p>" + content + "</p>\",\"createdAt\":\"2024-03-04T10:00:00Z\","
                + "\"replies\":[]}],\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1,\"count\":1}";
    }

    @Override
    public void close() {
        gateway.close();
        articles.stop();
        comments.stop();
    }
}
