package org.newsroom.articles;

import org.newsroom.support.testing.Http;
import com.mongodb.reactivestreams.client.MongoClients;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.support.mongo.EmbeddedMongo;
import reactor.core.publisher.Flux;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With MONGODB_URI (mongodb.uri) the service uses that database and starts no store of its own. */
class ExternalMongoTest {

    @TempDir
    Path unused;

    @Test
    void withAMongodbUriTheServiceUsesThatDatabaseStartsNoStoreAndReportsItsOutage() {
        try (EmbeddedMongo external = new EmbeddedMongo(unused.toString(), false, "newsroom")) {
            String uri = external.connectionString() + "?serverSelectionTimeoutMS=1500&connectTimeoutMS=1000";
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "mongodb.uri", uri, "micronaut.server.port", -1));
                 HttpClient client = HttpClient.create(server.getURL())) {
                Http http = new Http(client, server.getApplicationContext().getBean(JwtTokenGenerator.class));

                assertThat(server.getApplicationContext().findBean(EmbeddedMongo.class)).isEmpty();
                Http.Reply created = http.send(HttpRequest.POST("/articles", Map.of("title", "Stored elsewhere", "body", "x"))
                        .bearerAuth(http.token("EDITOR")));
                assertThat(created.status()).isEqualTo(201);
                assertThat(slugsIn(external.connectionString())).containsExactly("stored-elsewhere");
                assertThat(http.get("/health").body()).contains("\"status\":\"UP\"");

                external.close();

                Http.Reply health = http.get("/health");
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.body()).contains("\"status\":\"DOWN\"");
                assertThat(http.get("/health/liveness").status()).isEqualTo(200);
                Http.Reply read = http.get("/articles/stored-elsewhere");
                assertThat(read.status()).isEqualTo(503);
                assertThat(read.body()).doesNotContain("mongo").doesNotContain("Exception");
            }
        }
    }

    private static List<String> slugsIn(String connectionString) {
        try (var client = MongoClients.create(connectionString)) {
            return Flux.from(client.getDatabase("newsroom").getCollection("articles").find())
                    .map(document -> document.getString("slug")).collectList().block(Duration.ofSeconds(10));
        }
    }
}
