package org.newsroom.support.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: how long the embedded store takes to open after a crash, with comment-like documents
 * carrying the comments service's indexes. {@code fill DIR N} writes a store once; {@code reopen DIR}
 * copies it, marks the copy as not closed cleanly (what a kill leaves) and times its opening.
 */
public final class CrashRebuildBenchmark {

    private static final Duration WAIT = Duration.ofMinutes(30);

    private CrashRebuildBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        if (args[0].equals("fill")) {
            fill(dir, Integer.parseInt(args[2]));
        } else {
            reopen(dir);
        }
    }

    /** The indexes of CommentIndexes and LatestCommentIndexes (comments-service). */
    static List<IndexModel> commentIndexes() {
        return List.of(
                new IndexModel(Indexes.ascending("dedupeKey"), new IndexOptions().unique(true).name("dedupe_unique")),
                new IndexModel(Indexes.ascending("articleId", "depth", "visible", "createdAt", "_id"), new IndexOptions().name("threads_page")),
                new IndexModel(Indexes.ascending("rootId", "visible", "createdAt", "_id"), new IndexOptions().name("replies_page")),
                new IndexModel(Indexes.ascending("articleId", "visible"), new IndexOptions().name("article_visible")),
                new IndexModel(Indexes.ascending("ancestors", "visible", "createdAt", "_id"), new IndexOptions().name("subtree")),
                new IndexModel(Indexes.ascending("status", "createdAt", "_id"), new IndexOptions().name("moderation_queue_page")),
                new IndexModel(Indexes.ascending("articleSlug", "status", "createdAt", "_id"), new IndexOptions().name("moderation_by_article_page")),
                new IndexModel(Indexes.ascending("authorEmailKey", "status"), new IndexOptions().name("returning_author")),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending("visible"), Indexes.descending("createdAt", "_id")),
                        new IndexOptions().name("latest_visible")),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending("articleId", "visible"), Indexes.descending("createdAt", "_id")),
                        new IndexOptions().name("latest_by_article")));
    }

    /** A comment as comments-service stores it, in thread {@code n / 20} of article {@code n / 200}. */
    static Document comment(int n) {
        int article = n / 200;
        int thread = n / 20;
        int depth = n % 20 == 0 ? 0 : 1 + n % 3;
        List<String> ancestors = depth == 0 ? List.of() : List.of("root" + thread, "p" + (n - 1)).subList(0, Math.min(depth, 2));
        Instant created = Instant.ofEpochSecond(1_700_000_000L + n * 7L);
        return new Document("articleId", "article" + article).append("articleSlug", "slug-" + article)
                .append("parentId", depth == 0 ? null : "p" + (n - 1)).append("rootId", depth == 0 ? null : "root" + thread)
                .append("ancestors", ancestors).append("depth", depth)
                .append("authorName", "Reader " + (n % 5000)).append("authorEmail", "reader" + (n % 5000) + "@example.org")
                .append("authorEmailKey", "reader" + (n % 5000) + "@example.org").append("authorUrl", null)
                .append("content", "A comment of some length, number " + n + ", about the article and what it says.")
                .append("contentHtml", "<p>A comment of some length, number " + n + ", about the article and what it says.</p>")
                .append("dedupeKey", "dedupe-" + n).append("status", n % 10 == 0 ? "PENDING" : "APPROVED")
                .append("visible", n % 10 != 0).append("authorIp", "10.0." + (n % 250) + ".1").append("userAgent", "Mozilla/5.0")
                .append("createdAt", created).append("updatedAt", created).append("articleTitle", "Article " + article)
                .append("editTokenHash", "0123456789abcdef0123456789abcdef" + n).append("editedAt", null);
    }

    static void fill(Path dir, int documents) {
        long start = System.nanoTime();
        try (EmbeddedMongo mongo = new EmbeddedMongo(dir.toString(), true, "app");
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> comments = client.getDatabase("app").getCollection("comments");
            Flux.from(comments.createIndexes(commentIndexes())).then().block(WAIT);
            for (int from = 0; from < documents; from += 1000) {
                List<Document> batch = new ArrayList<>();
                for (int n = from; n < Math.min(documents, from + 1000); n++) {
                    batch.add(comment(n));
                }
                Mono.from(comments.insertMany(batch)).block(WAIT);
            }
        }
        System.out.printf("filled %d documents in %d ms%n", documents, (System.nanoTime() - start) / 1_000_000);
    }

    static void reopen(Path filled) throws IOException {
        Path dir = Files.createTempDirectory("crash-rebuild");
        Files.copy(filled.resolve("mongo.mv"), dir.resolve("mongo.mv"), StandardCopyOption.REPLACE_EXISTING);
        MVStore file = EmbeddedMongo.openFile(dir, 1);
        file.<String, Boolean>openMap("$newsroom.state").put("closedCleanly", false);
        file.close();
        long start = System.nanoTime();
        try (EmbeddedMongo mongo = new EmbeddedMongo(dir.toString(), true, "app", Integer.getInteger("cacheMb", EmbeddedMongo.DEFAULT_CACHE_MB))) {
            long opened = System.nanoTime();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> comments = client.getDatabase("app").getCollection("comments");
                long visible = Mono.from(comments.countDocuments(Filters.and(Filters.eq("articleId", "article7"), Filters.eq("visible", true)))).block(WAIT);
                long total = Mono.from(comments.estimatedDocumentCount()).block(WAIT);
                System.out.printf("reopened after a crash in %d ms (%d documents; article7 visible %d; scans %d)%n",
                        (opened - start) / 1_000_000, total, visible, mongo.readCost("app", "comments").collectionScans());
            }
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
