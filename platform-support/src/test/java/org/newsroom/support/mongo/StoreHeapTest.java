package org.newsroom.support.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded store keeps its documents and index entries in the store file, paged through a
 * bounded cache: the heap it holds does not grow with the number of documents.
 */
class StoreHeapTest {

    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final int ARTICLES = 200;
    private static final int FIRST = 10_000;
    private static final int IN_ALL = 4 * FIRST;
    /** Four times the documents once held about 30 MB more in index entries alone (TreeSets in the heap). */
    private static final long GROWTH_ALLOWED = 10L * 1024 * 1024;

    @TempDir
    Path dataDir;

    @Test
    void heapHeldByTheStoreDoesNotGrowWithTheNumberOfDocuments() {
        try (EmbeddedMongo mongo = new EmbeddedMongo(dataDir.toString(), true, "test");
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> comments = client.getDatabase("test").getCollection("comments");
            createIndexes(comments);
            insert(comments, 0, FIRST);
            readPages(comments);
            long atFirst = usedHeapAfterGc();

            insert(comments, FIRST, IN_ALL);
            readPages(comments);
            long inAll = usedHeapAfterGc();

            assertEquals(0, mongo.readCost("test", "comments").collectionScans(), "the pages were read through the indexes");
            assertEquals(IN_ALL, Mono.from(comments.countDocuments()).block(WAIT));
            assertTrue(inAll - atFirst < GROWTH_ALLOWED, "used heap after GC grew from %d MB at %d documents to %d MB at %d"
                    .formatted(atFirst >> 20, FIRST, inAll >> 20, IN_ALL));
        }
    }

    private static void createIndexes(MongoCollection<Document> comments) {
        await(comments.createIndex(Indexes.ascending("dedupeKey"), new IndexOptions().unique(true).name("dedupe_unique")));
        await(comments.createIndex(Indexes.ascending("articleId", "depth", "visible", "createdAt", "_id"), new IndexOptions().name("threads_page")));
        await(comments.createIndex(Indexes.ascending("ancestors", "visible", "createdAt", "_id"), new IndexOptions().name("subtree")));
        await(comments.createIndex(Indexes.ascending("status", "createdAt", "_id"), new IndexOptions().name("moderation_queue_page")));
        await(comments.createIndex(Indexes.ascending("authorEmailKey", "status"), new IndexOptions().name("returning_author")));
    }

    /** Comments shaped like comments-service's, spread over the articles, in batches. */
    private static void insert(MongoCollection<Document> comments, int from, int to) {
        List<Document> batch = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ObjectId id = new ObjectId();
            String content = "A comment, number " + i + ", with a few words of text in it.";
            batch.add(new Document("_id", id).append("articleId", "article-" + (i % ARTICLES)).append("depth", 1 + i % 2)
                    .append("ancestors", i % 2 == 0 ? List.of() : List.of("root-" + (i - 1)))
                    .append("authorEmailKey", "reader-" + i + "@example.org").append("content", content)
                    .append("contentHtml", "<p>" + content + "</p>").append("dedupeKey", "key-" + i)
                    .append("status", "approved").append("visible", true).append("createdAt", Instant.ofEpochSecond(i)));
            if (batch.size() == 1_000) {
                await(comments.insertMany(batch));
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            await(comments.insertMany(batch));
        }
    }

    /** A page of every article's thread, as readers ask: the store's cache fills with what they read. */
    private static void readPages(MongoCollection<Document> comments) {
        for (int article = 0; article < ARTICLES; article++) {
            Flux.from(comments.find(Filters.and(Filters.eq("articleId", "article-" + article), Filters.eq("depth", 1),
                    Filters.eq("visible", true))).sort(Sorts.ascending("createdAt", "_id")).limit(20)).collectList().block(WAIT);
        }
    }

    /** The least of a few readings, each after a full collection: what stays reachable. */
    private static long usedHeapAfterGc() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static void await(org.reactivestreams.Publisher<?> publisher) {
        Flux.from(publisher).then().block(WAIT);
    }
}
