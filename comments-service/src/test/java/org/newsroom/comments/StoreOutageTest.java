package org.newsroom.comments;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.support.mongo.EmbeddedMongo;
import org.newsroom.support.testing.Http;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A database that goes away is a 503 the gateway can degrade on, without driver text. */
class StoreOutageTest {

    @TempDir
    Path unused;

    @Test
    void unreachableDatabaseAnswers503WithoutDriverDetails() {
        try (EmbeddedMongo external = new EmbeddedMongo(unused.toString(), false, "comments")) {
            String uri = external.connectionString() + "?serverSelectionTimeoutMS=1500&connectTimeoutMS=1000";
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "mongodb.uri", uri, "micronaut.server.port", -1,
                    "jwt.secret", "comments-service-test-secret-0123456789abcdef"));
                 HttpClient client = HttpClient.create(server.getURL())) {
                Http http = new Http(client, server.getApplicationContext().getBean(JwtTokenGenerator.class));
                String page = "/articles/" + new ObjectId().toHexString() + "/comments";
                assertThat(http.get(page).status()).isEqualTo(200);

                external.close();

                Http.Reply down = http.get(page);
                assertThat(down.status()).isEqualTo(503);
                assertThat(down.header("Content-Type")).startsWith("application/problem+json");
                assertThat(down.body()).doesNotContain("mongo").doesNotContain("Exception");
            }
        }
    }
}
