package org.newsroom.support.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a crash every index is rebuilt from the documents that survived ({@link CrashRecovery},
 * {@link IndexBuild}): each holds exactly the entries the documents give, as kept up to date
 * write by write before the crash; unique indexes still refuse duplicates, and queries use them.
 */
class CrashRebuildTest {

    private static final Duration WAIT = Duration.ofMinutes(2);
    /** Enough for a few batches ({@link IndexBuild#DOCUMENTS_PER_BATCH}, {@link IndexBuild#BATCH_MEMORY}). */
    private static final int DOCUMENTS = 9_000;
    private static final String NAMESPACE = "app.comments";
    private static final String DOCUMENTS_MAP = CompactMaps.documentsName(NAMESPACE);
    private static final List<String> SECONDARY = List.of("threads_page", "replies_page", "article_visible", "subtree",
            "moderation_queue_page", "moderation_by_article_page", "returning_author", "latest_visible", "latest_by_article");
    private static final List<String> UNIQUE = List.of("_id_", "dedupe_unique");

    @TempDir
    Path dataDir;

    @Test
    void afterACrashEveryIndexHoldsExactlyTheEntriesOfTheSurvivingDocuments() {
        fill();
        Map<String, List<String>> written = indexContents();
        assertTrue(written.get("subtree").size() > DOCUMENTS, "an indexed array gives several entries a document");

        // what a kill can leave: still marked open, a document lost whose index entries were committed,
        // and an entry committed for a document that never was
        ObjectId lost;
        MVStore file = EmbeddedMongo.openFile(dataDir, 1);
        MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents = file.openMap(DOCUMENTS_MAP,
                new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>().keyType(StoredValueType.INSTANCE).valueType(StoredValueType.INSTANCE));
        lost = (ObjectId) documents.keyList().get(DOCUMENTS / 3 + 1); // a reply: in every index
        documents.remove(lost);
        file.openMap(NAMESPACE + "._index_article_visible", new MVMap.Builder<IndexEntry, Boolean>().keyType(IndexEntryType.INSTANCE))
                .put(new IndexEntry(new KeyValue("article7", true), new ObjectId()), true);
        file.<String, Boolean>openMap("$newsroom.state").put("closedCleanly", false);
        file.close();

        try (EmbeddedMongo mongo = new EmbeddedMongo(dataDir.toString(), true, "app");
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> comments = client.getDatabase("app").getCollection("comments");
            assertEquals(DOCUMENTS - 1, Mono.from(comments.countDocuments()).block(WAIT));

            MongoWriteException duplicate = assertThrows(MongoWriteException.class,
                    () -> Mono.from(comments.insertOne(CrashRebuildBenchmark.comment(42))).block(WAIT));
            assertEquals(ErrorCategory.DUPLICATE_KEY, duplicate.getError().getCategory());

            ReadCost before = mongo.readCost("app", "comments");
            long visible = Mono.from(comments.countDocuments(Filters.and(Filters.eq("articleId", "article7"), Filters.eq("visible", true))))
                    .block(WAIT);
            long replies = Flux.from(comments.find(Filters.and(Filters.eq("rootId", "root370"), Filters.eq("visible", true)))).count().block(WAIT);
            assertEquals(expectedVisible(7), visible);
            assertEquals(expectedVisibleReplies(370), replies);
            assertEquals(0, mongo.readCost("app", "comments").since(before).collectionScans(), "the queries used the indexes");
        }

        Map<String, List<String>> rebuilt = indexContents();
        String lostPosition = lost.toString();
        for (String index : written.keySet()) {
            List<String> expected = written.get(index).stream().filter(entry -> !entry.endsWith("@" + lostPosition)).toList();
            assertNotEquals(written.get(index).size(), expected.size(), index + " held the lost document");
            assertSameEntries(index, expected, rebuilt.get(index));
        }
    }

    /** Equal lists, or a short message: the sizes and the first entry that differs. */
    private static void assertSameEntries(String index, List<String> expected, List<String> actual) {
        int first = 0;
        while (first < Math.min(expected.size(), actual.size()) && expected.get(first).equals(actual.get(first))) {
            first++;
        }
        if (first < expected.size() || first < actual.size()) {
            throw new AssertionError("%s: expected %d entries, found %d; first difference at %d: expected %s, found %s".formatted(
                    index, expected.size(), actual.size(), first, first < expected.size() ? expected.get(first) : "none",
                    first < actual.size() ? actual.get(first) : "none"));
        }
    }

    @Test
    void anIndexCreatedOverDuplicatesFailsAndLeavesNothingBehind() {
        try (EmbeddedMongo mongo = new EmbeddedMongo(dataDir.toString(), true, "app");
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> things = client.getDatabase("app").getCollection("things");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                batch.add(new Document("n", i).append("code", "c" + (i == 2_999 ? 5 : i)).append("tags", List.of("t" + i % 7, "all")));
            }
            Mono.from(things.insertMany(batch)).block(WAIT);

            assertThrows(Exception.class, () -> Mono.from(things.createIndex(Indexes.ascending("code"),
                    new IndexOptions().unique(true).name("code_unique"))).block(WAIT));
            List<String> names = Flux.from(things.listIndexes()).map(index -> index.getString("name")).collectList().block(WAIT);
            assertEquals(List.of("_id_"), names);

            Mono.from(things.updateOne(Filters.eq("n", 2_999), Updates.set("code", "c2999"))).block(WAIT);
            Mono.from(things.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true).name("code_unique"))).block(WAIT);
            Mono.from(things.createIndex(Indexes.ascending("tags", "n"), new IndexOptions().name("tags"))).block(WAIT);
            assertThrows(MongoWriteException.class, () -> Mono.from(things.insertOne(new Document("code", "c5"))).block(WAIT));
            ReadCost before = mongo.readCost("app", "things");
            assertEquals(3_000, Mono.from(things.countDocuments(Filters.eq("tags", "all"))).block(WAIT));
            assertEquals(1, Mono.from(things.countDocuments(Filters.eq("code", "c2999"))).block(WAIT));
            assertEquals(0, mongo.readCost("app", "things").since(before).collectionScans());
        }
    }

    private void fill() {
        try (EmbeddedMongo mongo = new EmbeddedMongo(dataDir.toString(), true, "app");
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> comments = client.getDatabase("app").getCollection("comments");
            Flux.from(comments.createIndexes(CrashRebuildBenchmark.commentIndexes())).then().block(WAIT);
            for (int from = 0; from < DOCUMENTS; from += 1_000) {
                List<Document> batch = new ArrayList<>();
                for (int n = from; n < from + 1_000; n++) {
                    batch.add(CrashRebuildBenchmark.comment(n));
                }
                Mono.from(comments.insertMany(batch)).block(WAIT);
            }
            // written one by one, as the service does: updated entries, an unset field
            Mono.from(comments.updateMany(Filters.eq("articleId", "article3"), Updates.combine(Updates.set("status", "SPAM"),
                    Updates.set("visible", false), Updates.unset("articleSlug")))).block(WAIT);
        }
    }

    /** Every index's entries, in order, as text: "key@position". */
    private Map<String, List<String>> indexContents() {
        MVStore file = EmbeddedMongo.openFile(dataDir, 1);
        try {
            Map<String, List<String>> contents = new TreeMap<>();
            for (String name : SECONDARY) {
                MVMap<IndexEntry, Boolean> entries = file.openMap(NAMESPACE + "._index_" + name,
                        new MVMap.Builder<IndexEntry, Boolean>().keyType(IndexEntryType.INSTANCE));
                contents.put(name, entries.keySet().stream().map(entry -> entry.key() + "@" + entry.position()).toList());
            }
            for (String name : UNIQUE) {
                MVMap<KeyValue, Object> positions = file.openMap(NAMESPACE + "._index_" + name + "$compact",
                        new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE).valueType(StoredValueType.INSTANCE));
                contents.put(name, positions.entrySet().stream().map(entry -> entry.getKey() + "@" + entry.getValue()).toList());
            }
            contents.values().forEach(entries -> assertTrue(!entries.isEmpty()));
            return contents;
        } finally {
            file.close();
        }
    }

    private static long expectedVisible(int article) {
        return countComments(n -> n / 200 == article && isVisible(n));
    }

    private static long expectedVisibleReplies(int thread) {
        return countComments(n -> n / 20 == thread && n % 20 != 0 && isVisible(n));
    }

    private static boolean isVisible(int n) {
        return n % 10 != 0 && n / 200 != 3;
    }

    private static long countComments(java.util.function.IntPredicate predicate) {
        return java.util.stream.IntStream.range(0, DOCUMENTS).filter(predicate).count();
    }
}
