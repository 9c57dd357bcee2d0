import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Benchmark seeding: writes comments straight into comments-service's store, shaped as the
 * service stores them (half top-level, half replies), spread evenly over the given articles;
 * approved (shown) unless STATUS says {@code pending} (held, as a first-time author's are).
 * Run with comments-service's jar on the class path:
 *   java -cp comments-service/target/comments-service-1.0.0-SNAPSHOT.jar bench/SeedComments.java \
 *        MONGO_URI ARTICLE_IDS_FILE COUNT [STATUS]
 */
public class SeedComments {

    public static void main(String[] args) throws Exception {
        String uri = args[0];
        List<String> articles = Files.readAllLines(Path.of(args[1])).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        int count = Integer.parseInt(args[2]);
        String status = args.length > 3 ? args[3] : "approved";
        Random random = new Random(count);
        Instant start = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextInt(1_000_000));
        try (MongoClient client = MongoClients.create(uri)) {
            String database = uri.substring(uri.lastIndexOf('/') + 1);
            MongoCollection<Document> comments = client.getDatabase(database).getCollection("comments");
            List<Document> batch = new ArrayList<>();
            List<List<String>> roots = new ArrayList<>();
            articles.forEach(article -> roots.add(new ArrayList<>()));
            for (int i = 0; i < count; i++) {
                int a = i % articles.size();
                String article = articles.get(a);
                List<String> articleRoots = roots.get(a);
                String parent = articleRoots.isEmpty() || i / articles.size() % 2 == 0 ? null
                        : articleRoots.get(random.nextInt(articleRoots.size()));
                String id = new ObjectId().toHexString();
                if (parent == null) {
                    articleRoots.add(id);
                }
                batch.add(comment(id, article, parent, start.plusSeconds(i), status));
                if (batch.size() == 1_000) {
                    Flux.from(comments.insertMany(batch)).blockLast(Duration.ofMinutes(5));
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) {
                Flux.from(comments.insertMany(batch)).blockLast(Duration.ofMinutes(5));
            }
        }
    }

    private static Document comment(String id, String article, String parent, Instant at, String status) throws Exception {
        String content = "A benchmark comment, " + id + ", with a few words of text in it.";
        String email = "reader-" + id.substring(16) + "@example.org";
        List<String> ancestors = parent == null ? List.of() : List.of(parent);
        String dedupe = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((article + "\n" + (parent == null ? "" : parent) + "\n" + email + "\n" + content).getBytes(StandardCharsets.UTF_8)));
        return new Document("_id", new ObjectId(id)).append("articleId", article).append("articleSlug", "bench")
                .append("parentId", parent).append("rootId", parent).append("ancestors", ancestors)
                .append("depth", ancestors.size() + 1).append("authorName", "Reader").append("authorEmail", email)
                .append("authorEmailKey", email).append("authorUrl", null).append("content", content)
                .append("contentHtml", "<p>" + content + "</p>").append("dedupeKey", dedupe).append("status", status)
                .append("visible", status.equals("approved")).append("authorIp", null).append("userAgent", null)
                .append("createdAt", java.util.Date.from(at)).append("updatedAt", java.util.Date.from(at));
    }
}
