package org.newsroom.articles;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.data.mongodb.operations.MongoDatabaseNameProvider;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsroom.support.mongo.EmbeddedMongo;
import org.newsroom.support.mongo.ReadCost;
import org.newsroom.support.testing.QueryShapes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.articles.EditorDesk.unique;

/**
 * Every query the service issues — filter and sort, recorded from the driver's commands while each
 * endpoint is used — is served by an index the service declares (so it stays cheap on a real
 * MongoDB), and the embedded store answers them all without a collection scan.
 */
@MicronautTest(transactional = false)
class QueriesUseDeclaredIndexesTest {

    @Inject
    EditorDesk desk;

    @Inject
    QueryShapeRecorder recorder;

    @Inject
    MongoClient client;

    @Inject
    MongoDatabaseNameProvider databaseName;

    @Inject
    EmbeddedMongo embedded;

    @Inject
    SearchWordsUpgrade searchWordsUpgrade;

    @Test
    void everyQueryOfEveryEndpointIsServedByADeclaredIndex() {
        MongoDatabase database = client.getDatabase(databaseName.provide(Article.class));
        searchWordsUpgrade.finished().block(java.time.Duration.ofSeconds(60));
        recorder.shapes.reset();
        ReadCost before = embedded.readCost(database.getName(), "articles");
        useEveryEndpoint();

        assertThat(recorder.shapes.shapes()).hasSizeGreaterThan(5);
        assertThat(recorder.shapes.unserved(QueryShapes.declaredIndexes(database))).isEmpty();
        assertThat(embedded.readCost(database.getName(), "articles").since(before).collectionScans()).isZero();
    }

    private static String encoded(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private void useEveryEndpoint() {
        JsonNode article = desk.published(unique("Indexed"), "Words to find: zebra, 東京で会議 🎉", List.of("Shapes"));
        String slug = article.get("slug").getStringValue();
        String id = article.get("id").getStringValue();
        desk.draft(unique("A draft"));
        for (String path : List.of("/articles", "/articles?page=2&size=1", "/articles?tag=shapes", "/articles?q=zebra",
                "/articles?tag=shapes&q=zebra", "/articles?q=" + encoded("東京で会議 🎉"), "/articles?status=draft", "/articles?status=draft&q=zebra",
                "/articles?status=draft&tag=shapes", "/articles/" + slug, "/articles/by-id/" + id,
                "/articles/" + slug + "/comment-status", "/articles/deletions", "/published-articles?ids=" + id,
                "/sitemap-entries?page=1&size=1", "/sitemap-entries?page=2&size=1")) {
            assertThat(desk.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(desk.put(slug, Map.of("title", "Indexed again", "body", "Changed", "status", "published",
                "version", article.get("version").getNumberValue())).status()).isEqualTo(200);
        assertThat(desk.delete("/articles/" + slug).status()).isEqualTo(204);
        assertThat(desk.get("/articles/deletions").status()).isEqualTo(200);
        assertThat(desk.delete("/articles/deletions/" + id).status()).isEqualTo(204);
    }
}
