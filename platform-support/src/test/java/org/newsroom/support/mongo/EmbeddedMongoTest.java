package org.newsroom.support.mongo;

import com.mongodb.reactivestreams.client.ClientSession;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedMongoTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    @Test
    void driverCanUseSessionsAgainstTheEmbeddedServer() {
        try (EmbeddedMongo mongo = new EmbeddedMongo(dataDir.toString(), false, "test");
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            ClientSession session = Mono.from(client.startSession()).block(WAIT);
            MongoCollection<Document> things = client.getDatabase("test").getCollection("things");

            Mono.from(things.insertOne(session, new Document("name", "in a session"))).block(WAIT);

            assertEquals(1L, Mono.from(things.countDocuments(session)).block(WAIT));
            session.close();
        }
    }

    @Test
    void writesArePersistedToTheStoreFileAndSurviveAReopen() {
        try (EmbeddedMongo mongo = new EmbeddedMongo(dataDir.toString(), true, "test");
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            Mono.from(client.getDatabase("test").getCollection("things").insertOne(new Document("name", "kept"))).block(WAIT);
        }
        assertTrue(Files.exists(dataDir.resolve("mongo.mv")));

        try (EmbeddedMongo mongo = new EmbeddedMongo(dataDir.toString(), true, "test");
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            var names = Flux.from(client.getDatabase("test").getCollection("things").find())
                    .map(document -> document.getString("name")).collectList().block(WAIT);
            assertEquals(java.util.List.of("kept"), names);
        }
    }
}
