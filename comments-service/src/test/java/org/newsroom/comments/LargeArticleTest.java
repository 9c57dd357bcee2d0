package org.newsroom.comments;

import org.newsroom.support.testing.Http;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.newsroom.support.mongo.EmbeddedMongo;
import org.newsroom.support.mongo.ReadCost;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article with 10,000 comments answers a page of threads from indexes, reading only what it shows:
 * the embedded store counts the documents it examines (see {@code QueriesUseDeclaredIndexesTest} for
 * the indexes a real MongoDB uses for the same queries).
 */
@MicronautTest(transactional = false)
class LargeArticleTest {

    private static final int THREADS = 2_000;
    private static final int REPLIES_PER_THREAD = 4;

    @Inject
    MongoDatabase database;

    @Inject
    CommandCounter counter;

    @Inject
    CommentCalls calls;

    @Inject
    EmbeddedMongo embedded;

    @Test
    void pageOfTenThousandCommentsReadsOnlyThePageAndItsReplies() {
        String article = new ObjectId().toHexString();
        seed(article);

        counter.reset();
        ReadCost before = embedded.readCost(database.getName(), "comments");
        Http.Reply reply = calls.http.get("/articles/" + article + "/comments?page=3&size=20");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = calls.tree(reply.body());
        assertThat(page.get("count").getNumberValue().intValue()).isEqualTo(THREADS * (1 + REPLIES_PER_THREAD));
        assertThat(page.get("total").getNumberValue().intValue()).isEqualTo(THREADS);
        assertThat(page.get("items").size()).isEqualTo(20);
        assertThat(page.get("items").get(0).get("replies").size()).isEqualTo(REPLIES_PER_THREAD);
        assertThat(counter.commands()).hasSizeLessThanOrEqualTo(5);
        assertThat(counter.documentsRead()).isLessThanOrEqualTo(20 + 20 * REPLIES_PER_THREAD + 4);
        ReadCost cost = embedded.readCost(database.getName(), "comments").since(before);
        assertThat(cost.collectionScans()).isZero();
        // the store reads the first three pages' threads (skipping two in index order) and the shown replies; counts come from the index
        assertThat(cost.documentsExamined()).isLessThanOrEqualTo(3 * 20 + 20 * REPLIES_PER_THREAD);
    }

    private void seed(String article) {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        List<Document> batch = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            String root = new ObjectId().toHexString();
            batch.add(comment(root, article, null, List.of(), start.plusSeconds(thread * 10L)));
            for (int reply = 0; reply < REPLIES_PER_THREAD; reply++) {
                batch.add(comment(new ObjectId().toHexString(), article, root, List.of(root), start.plusSeconds(thread * 10L + reply + 1)));
            }
        }
        Flux.fromIterable(batch).buffer(1000)
                .concatMap(chunk -> database.getCollection("comments").insertMany(chunk))
                .blockLast(Duration.ofMinutes(2));
    }

    /** Written as raw documents: the entity codec would replace the ids the threads refer to. */
    private static Document comment(String id, String article, String parent, List<String> ancestors, Instant at) {
        String content = "Comment " + id;
        return new Document("_id", new ObjectId(id)).append("articleId", article).append("articleSlug", "big")
                .append("parentId", parent).append("rootId", ancestors.isEmpty() ? null : ancestors.get(0))
                .append("ancestors", ancestors).append("depth", ancestors.size() + 1).append("authorName", "Reader")
                .append("authorEmail", "reader@example.org").append("authorEmailKey", "reader@example.org")
                .append("authorUrl", null).append("content", content).append("contentHtml", "<p>" + content + "</p>")
                .append("dedupeKey", Comments.dedupeKey(article, parent, id, content)).append("status", CommentStatus.APPROVED)
                .append("visible", true).append("authorIp", null).append("userAgent", null)
                .append("createdAt", java.util.Date.from(at)).append("updatedAt", java.util.Date.from(at));
    }
}
