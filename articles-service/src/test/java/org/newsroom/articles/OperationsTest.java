package org.newsroom.articles;

import org.newsroom.support.testing.Http;
import com.mongodb.reactivestreams.client.MongoClient;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics, request ids and the indexes created at startup. */
@MicronautTest(transactional = false)
class OperationsTest {

    @Inject
    MongoClient mongo;

    @Inject
    ArticleIndexes indexes;

    @Inject
    EditorDesk desk;

    @Test
    void healthIsUpWithTheDatabaseUp() {
        Http.Reply reply = desk.http.get("/health");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode health = desk.tree(reply.body());
        assertThat(health.get("status").getStringValue()).isEqualTo("UP");
        assertThat(health.get("details").get("mongodb").get("status").getStringValue()).isEqualTo("UP");
    }

    @Test
    void livenessAndReadinessAnswerWithoutAToken() {
        assertThat(desk.http.get("/health/liveness").status()).isEqualTo(200);
        assertThat(desk.http.get("/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void anUnknownHealthPathIsNotFound() {
        Http.Reply unknown = desk.http.get("/health/x");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void prometheusShowsRequestMetricsInTextFormat() {
        desk.http.get("/articles");

        Http.Reply reply = desk.http.get("/prometheus");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/plain");
        assertThat(reply.body()).contains("# TYPE http_server_requests_seconds").contains("uri=\"/articles\"")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void requestIdIsEchoedOrMade() {
        Http.Reply given = desk.http.send(HttpRequest.GET("/articles").header("X-Request-Id", "req-12345"));
        Http.Reply made = desk.http.get("/articles");

        assertThat(given.header("X-Request-Id")).isEqualTo("req-12345");
        assertThat(made.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void aRequestLineOrHeadersOverTheLimitAreRefusedWith414Or431AsProblems() {
        // the gateway's own limit is 16 KiB: what it passes on, percent-encoded again, must still be read
        assertThat(desk.http.get("/articles?q=" + "a".repeat(20_000)).status()).isEqualTo(200);
        Http.Reply longLine = desk.http.get("/articles?q=" + "a".repeat(60_000));
        Http.Reply largeHeaders = desk.http.send(HttpRequest.GET("/articles").header("X-Big", "b".repeat(20_000)));

        assertThat(longLine.status()).isEqualTo(414);
        assertThat(largeHeaders.status()).isEqualTo(431);
        assertThat(List.of(longLine, largeHeaders)).allSatisfy(reply -> {
            assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(reply.header("X-Request-Id")).isNotBlank();
        });
    }

    @Test
    void indexesExistAfterStartupAndCreatingThemAgainIsHarmless() {
        indexes.createIndexes().block(Duration.ofSeconds(20));

        List<Document> found = Flux.from(mongo.getDatabase("articles").getCollection("articles").listIndexes())
                .collectList().block(Duration.ofSeconds(20));

        assertThat(found).extracting(index -> index.get("key", Document.class).keySet().stream().toList())
                .contains(List.of("slug"), List.of("status", "publishedAt", "_id"), List.of("tags"), List.of("searchTokens"));
        assertThat(found).filteredOn(index -> index.get("key", Document.class).containsKey("slug"))
                .allSatisfy(index -> assertThat(index.getBoolean("unique")).isTrue());
    }
}
