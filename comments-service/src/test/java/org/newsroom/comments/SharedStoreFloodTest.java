package org.newsroom.comments;

import org.newsroom.support.testing.Http;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.support.mongo.EmbeddedMongo;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of the service on one MongoDB enforce one flood window between them. */
class SharedStoreFloodTest {

    @TempDir
    static Path dataDir;

    static EmbeddedMongo mongo;
    static EmbeddedServer first;
    static EmbeddedServer second;

    @BeforeAll
    static void startTwoInstances() {
        mongo = new EmbeddedMongo(dataDir.toString(), false, "comments");
        Map<String, Object> settings = Map.of(
                "mongodb.uri", mongo.connectionString(),
                "comments.flood-seconds", 30,
                "jwt.secret", "comments-service-test-secret-0123456789abcdef",
                "micronaut.server.port", -1);
        first = ApplicationContext.run(EmbeddedServer.class, settings);
        second = ApplicationContext.run(EmbeddedServer.class, settings);
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
        mongo.close();
    }

    private static int post(EmbeddedServer server, String ip, String email, String content) {
        try (HttpClient client = HttpClient.create(server.getURL())) {
            Http http = new Http(client, server.getApplicationContext().getBean(JwtTokenGenerator.class));
            String article = new ObjectId().toHexString();
            return http.send(HttpRequest.POST("/articles/" + article + "/comments",
                    CommentCalls.form(email, content, null)).header("X-Client-IP", ip)).status();
        }
    }

    @Test
    void secondPostFromTheSameIpThroughAnotherInstanceIsRefused() {
        assertThat(post(first, "203.0.113.7", "one@example.org", "through the first")).isEqualTo(201);

        assertThat(post(second, "203.0.113.7", "two@example.org", "through the second")).isEqualTo(429);
    }

    @Test
    void secondPostFromTheSameEmailThroughAnotherInstanceIsRefused() {
        assertThat(post(second, "203.0.113.8", "same@example.org", "first")).isEqualTo(201);

        assertThat(post(first, "203.0.113.9", "SAME@example.org", "second")).isEqualTo(429);
    }
}
