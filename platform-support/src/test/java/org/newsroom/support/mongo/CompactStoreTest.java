package org.newsroom.support.mongo;

import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded store keeps documents and unique keys compactly, and moves a store file written in
 * mongo-java-server's own (Java-serialized) format over when it opens it.
 */
class CompactStoreTest {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final int COMMENTS = 300;
    private static final int ARTICLES = 7;
    private static final String OLD_DOCUMENTS = "databases.test.comments";
    private static final String OLD_UNIQUE_KEYS = "test.comments._index_dedupe_unique";

    @TempDir
    Path dataDir;

    @Test
    void aStoreTheOldFormatClosedCleanlyOpensWithEveryDocumentAndIndex() {
        List<Document> written = writeWithMongoJavaServersOwnBackend(dataDir, true);

        assertEveryDocumentAndIndexIsThere(written);

        assertOldMapsAreGone();
    }

    @Test
    void aStoreTheOldFormatDidNotCloseCleanlyOpensWithEveryDocumentAndIndex() {
        List<Document> written = writeWithMongoJavaServersOwnBackend(dataDir, false);

        assertEveryDocumentAndIndexIsThere(written);

        assertOldMapsAreGone();
    }

    @Test
    void aMovedStoreIsNotMovedAgainWhenReopened() {
        List<Document> written = writeWithMongoJavaServersOwnBackend(dataDir, true);
        assertEveryDocumentAndIndexIsThere(written);
        Map<String, String> mapsAfterTheMove = mapIds();

        assertEveryDocumentAndIndexIsThere(written);

        assertEquals(mapsAfterTheMove, mapIds(), "no map was created, removed or rebuilt");
    }

    @Test
    void aMoveACrashInterruptedStartsOverFromTheOldMap() {
        List<Document> written = writeWithMongoJavaServersOwnBackend(dataDir, true);
        MVStore file = EmbeddedMongo.openFile(dataDir, 1);
        // what a crash during the copy leaves: the old map, and a partial copy committed in the background
        file.openMap(CompactMaps.documentsName("test.comments"),
                        new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>()
                                .keyType(StoredValueType.INSTANCE).valueType(StoredValueType.INSTANCE))
                .put(new de.bwaldvogel.mongo.bson.ObjectId(), new de.bwaldvogel.mongo.bson.Document("stray", true));
        file.close();

        assertEveryDocumentAndIndexIsThere(written);
    }

    @Test
    void aCommittedInsertWritesAFractionOfTheBytesTheJavaSerializedFormatWrote() {
        long javaSerialized = bytesWrittenPerCommittedInsert(dataDir.resolve("old"), H2Backend::new);
        long compact = bytesWrittenPerCommittedInsert(dataDir.resolve("compact"), DurableH2Backend::open);

        assertTrue(compact * 2 < javaSerialized,
                "bytes written per insert: compact %d, Java-serialized %d".formatted(compact, javaSerialized));
    }

    @Test
    void documentsComeInTheOrderTheOldFormatGaveThem() {
        List<List<Object>> idsOfEachType = List.of(objectIds(), List.of("b", "a", "ab", "B", "", "a-b", "zz"),
                List.of(5L, -3L, 0L, Long.MAX_VALUE, 12L));
        List<List<Document>> byOldFormat = readsInOrder(H2Backend.inMemory(), idsOfEachType);
        List<List<Document>> byCompactFormat = readsInOrder(DurableH2Backend.open(new MVStore.Builder().open()), idsOfEachType);

        assertEquals(byOldFormat, byCompactFormat);
    }

    @Test
    void aRenamedCollectionKeepsItsDocumentsAcrossAReopen() {
        try (EmbeddedMongo mongo = new EmbeddedMongo(dataDir.toString(), true, "test");
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> before = client.getDatabase("test").getCollection("before");
            await(before.insertMany(List.of(comment(1), comment(2))));
            await(before.renameCollection(new MongoNamespace("test", "after")));
        }
        try (EmbeddedMongo mongo = new EmbeddedMongo(dataDir.toString(), true, "test");
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertEquals(2, Mono.from(client.getDatabase("test").getCollection("after").countDocuments()).block(WAIT));
            assertEquals(0, Mono.from(client.getDatabase("test").getCollection("before").countDocuments()).block(WAIT));
        }
    }

    @Test
    void aDroppedCollectionLeavesNoMapBehind() {
        try (EmbeddedMongo mongo = new EmbeddedMongo(dataDir.toString(), true, "test");
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> dropped = client.getDatabase("test").getCollection("dropped");
            createIndexes(dropped);
            await(dropped.insertMany(List.of(comment(1), comment(2))));
            await(dropped.drop());
        }
        MVStore file = EmbeddedMongo.openFile(dataDir, 1);
        try {
            assertEquals(List.of(), file.getMapNames().stream().filter(name -> name.contains("test.dropped")).toList());
        } finally {
            file.close();
        }
    }

    /** Comments with unique dedupe keys over a few articles, in a store file written by H2Backend itself. */
    private static List<Document> writeWithMongoJavaServersOwnBackend(Path directory, boolean closedCleanly) {
        List<Document> comments = new ArrayList<>();
        for (int i = 0; i < COMMENTS; i++) {
            comments.add(comment(i));
        }
        MVStore file = EmbeddedMongo.openFile(directory, 1);
        H2Backend backend = new H2Backend(file);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoCollection<Document> collection = client.getDatabase("test").getCollection("comments");
            createIndexes(collection);
            await(collection.insertMany(comments));
        } finally {
            server.shutdown();
        }
        if (closedCleanly) {
            // as this backend marked a store it closed before the compact format
            MVStore reopened = EmbeddedMongo.openFile(directory, 1);
            reopened.<String, Boolean>openMap("$newsroom.state").put("closedCleanly", true);
            reopened.close();
        }
        return comments;
    }

    private void assertEveryDocumentAndIndexIsThere(List<Document> written) {
        try (EmbeddedMongo mongo = new EmbeddedMongo(dataDir.toString(), true, "test");
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> comments = client.getDatabase("test").getCollection("comments");
            Document one = written.get(COMMENTS / 2);
            assertEquals(List.of(one), Flux.from(comments.find(Filters.eq("dedupeKey", one.getString("dedupeKey")))).collectList().block(WAIT));
            long ofArticle3 = written.stream().filter(comment -> comment.getString("articleId").equals("article-3")).count();
            assertEquals(ofArticle3, Mono.from(comments.countDocuments(
                    Filters.and(Filters.eq("articleId", "article-3"), Filters.eq("status", "PENDING")))).block(WAIT));
            assertEquals(0, mongo.readCost("test", "comments").collectionScans(), "the indexes answered");
            assertEquals(written, Flux.from(comments.find().sort(Sorts.ascending("_id"))).collectList().block(WAIT));
            MongoWriteException duplicate = assertThrows(MongoWriteException.class, () -> Mono.from(comments.insertOne(
                    comment(COMMENTS).append("dedupeKey", one.getString("dedupeKey")))).block(WAIT));
            assertEquals(11000, duplicate.getCode(), "the unique index still holds every key");
        }
    }

    private void assertOldMapsAreGone() {
        MVStore file = EmbeddedMongo.openFile(dataDir, 1);
        try {
            assertFalse(file.hasMap(OLD_DOCUMENTS));
            assertFalse(file.hasMap(OLD_UNIQUE_KEYS));
            assertTrue(file.hasMap(CompactMaps.documentsName("test.comments")));
        } finally {
            file.close();
        }
    }

    private Map<String, String> mapIds() {
        MVStore file = EmbeddedMongo.openFile(dataDir, 1);
        try {
            return file.getMetaMap().entrySet().stream().filter(entry -> entry.getKey().startsWith("name."))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        } finally {
            file.close();
        }
    }

    /** The store file's growth per insert into a collection of a few thousand comments, each insert committed at once. */
    private static long bytesWrittenPerCommittedInsert(Path directory, Function<MVStore, H2Backend> backendOf) {
        int seeded = 3_000, measured = 100;
        MVStore file = EmbeddedMongo.openFile(directory, 8);
        file.setRetentionTime(Integer.MAX_VALUE); // no space reused: the file grows by what each commit writes
        H2Backend backend = backendOf.apply(file);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoCollection<Document> comments = client.getDatabase("test").getCollection("comments");
            await(comments.createIndex(Indexes.ascending("dedupeKey"), new IndexOptions().unique(true).name("dedupe_unique")));
            List<Document> seed = new ArrayList<>();
            for (int i = 0; i < seeded; i++) {
                seed.add(comment(i));
            }
            await(comments.insertMany(seed));
            backend.commit();
            long before = file.getFileStore().size();
            for (int i = seeded; i < seeded + measured; i++) {
                await(comments.insertOne(comment(i)));
                backend.commit();
            }
            return (file.getFileStore().size() - before) / measured;
        } finally {
            server.shutdown();
        }
    }

    /** Ids of three types inserted out of order, read in natural order, sorted both ways and by a range. */
    private static List<List<Document>> readsInOrder(H2Backend backend, List<List<Object>> idsOfEachType) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            List<List<Document>> reads = new ArrayList<>();
            Random random = new Random(7);
            for (int type = 0; type < idsOfEachType.size(); type++) {
                MongoCollection<Document> collection = client.getDatabase("test").getCollection("ids" + type);
                List<Object> ids = new ArrayList<>(idsOfEachType.get(type));
                Collections.shuffle(ids, random);
                await(collection.insertMany(ids.stream().map(id -> new Document("_id", id)).toList()));
                Object middle = ids.get(0);
                for (Bson sort : List.of(new Document(), Sorts.ascending("_id"), Sorts.descending("_id"))) {
                    reads.add(Flux.from(collection.find().sort(sort)).collectList().block(WAIT));
                    reads.add(Flux.from(collection.find(Filters.gt("_id", middle)).sort(sort)).collectList().block(WAIT));
                }
            }
            return reads;
        } finally {
            server.shutdown();
        }
    }

    private static List<Object> objectIds() {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(new ObjectId());
        }
        return ids;
    }

    private static Document comment(int n) {
        return new Document("_id", new ObjectId()).append("articleId", "article-" + n % ARTICLES).append("parentId", null)
                .append("ancestors", List.of()).append("depth", 1).append("authorName", "Reader " + n)
                .append("authorEmailKey", "reader-" + n).append("content", "<p>A comment, number " + n + ", with a few words.</p>")
                .append("status", "PENDING").append("visible", false)
                .append("createdAt", new Date(1_700_000_000_000L + n)).append("dedupeKey", "dedupe-" + n);
    }

    private static void createIndexes(MongoCollection<Document> comments) {
        await(comments.createIndex(Indexes.ascending("dedupeKey"), new IndexOptions().unique(true).name("dedupe_unique")));
        await(comments.createIndex(Indexes.ascending("articleId", "status", "createdAt", "_id"), new IndexOptions().name("by_article")));
    }

    private static void await(org.reactivestreams.Publisher<?> publisher) {
        Flux.from(publisher).then().block(WAIT);
    }
}
