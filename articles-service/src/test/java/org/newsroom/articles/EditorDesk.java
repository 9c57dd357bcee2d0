package org.newsroom.articles;

import org.newsroom.support.testing.Http;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Test-side editor: writes articles over HTTP with an EDITOR token and reads the JSON answers. */
@Singleton
final class EditorDesk {

    final Http http;
    final String token;
    private final JsonMapper json;

    EditorDesk(@Client("/") HttpClient client, JwtTokenGenerator tokens, JsonMapper json) {
        this.http = new Http(client, tokens);
        this.token = http.token("EDITOR");
        this.json = json;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    Http.Reply create(Map<String, ?> article) {
        return http.send(HttpRequest.POST("/articles", article).bearerAuth(token));
    }

    JsonNode published(String title, String body, List<String> tags) {
        return created(Map.of("title", title, "body", body, "tags", tags, "status", "published"));
    }

    JsonNode draft(String title) {
        return created(Map.of("title", title, "body", "Not ready yet."));
    }

    Http.Reply put(String slug, Map<String, ?> article) {
        return http.send(HttpRequest.PUT("/articles/" + slug, article).bearerAuth(token));
    }

    Http.Reply put(String slug, Map<String, ?> article, String ifMatch) {
        return http.send(HttpRequest.PUT("/articles/" + slug, article).bearerAuth(token).header("If-Match", ifMatch));
    }

    Http.Reply delete(String path) {
        return http.send(HttpRequest.DELETE(path).bearerAuth(token));
    }

    Http.Reply get(String path) {
        return http.get(path, token);
    }

    Http.Reply send(MutableHttpRequest<?> request) {
        return http.send(request.bearerAuth(token));
    }

    static List<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.values().spliterator(), false).toList();
    }

    JsonNode tree(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode created(Map<String, ?> article) {
        Http.Reply reply = create(article);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return tree(reply.body());
    }
}
