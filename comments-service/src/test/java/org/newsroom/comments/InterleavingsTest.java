package org.newsroom.comments;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.bson.Document;
import org.newsroom.support.mongo.EmbeddedMongo;
import org.newsroom.support.testing.Http;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request landing between another one's checks and its write, step by step: a moderator deleting a
 * reply's parent (or its thread's top) after the reply's parent was checked and before it is stored;
 * a reply stored (by another instance) after an author's edit checked that nobody had replied and
 * before the edit is written.
 */
@MicronautTest(transactional = false)
@Property(name = "test.pausing", value = "true")
class InterleavingsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    CommentCalls calls;

    @Inject
    PausingFloodGuard floodGuard;

    @Inject
    PausingRenderer renderer;

    @Inject
    CommentRepository repository;

    @Inject
    EmbeddedMongo mongo;

    @Inject
    MongoDatabase database;

    String article;

    @BeforeEach
    void setUp() {
        article = new ObjectId().toHexString();
    }

    private Http.Reply replyTo(String parentId, String content) {
        return calls.http.send(CommentCalls.postRequest(article, CommentCalls.form("desk@example.org", content, parentId), CommentCalls.ip())
                .bearerAuth(calls.moderator));
    }

    /** A reply to {@code parent}, posted while a moderator deletes {@code deleted} between its checks and its insert: its 201 answer. */
    private Http.Reply replyPostedWhileDeleting(String parent, String deleted) {
        floodGuard.beforeNextInsert(() -> Mono.fromCallable(() -> calls.delete(deleted)).subscribeOn(Schedulers.boundedElastic())
                .doOnNext(deletion -> assertThat(deletion.status()).isEqualTo(204)));
        Http.Reply posted = replyTo(parent, "Posted as " + deleted + " goes");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted;
    }

    @Test
    void aReplyWhoseParentIsDeletedWhileItIsPostedJoinsTheParentsParent() {
        String top = calls.approved(article, "Top", null);
        String parent = calls.approved(article, "Parent", top);

        Http.Reply posted = replyPostedWhileDeleting(parent, parent);

        String id = calls.id(posted);
        assertThat(calls.tree(posted.body()).get("parentId").getStringValue()).isEqualTo(top);
        Comment stored = repository.findById(id).block(WAIT);
        assertThat(stored.ancestors()).containsExactly(top);
        assertThat(stored.depth()).isEqualTo(2);
        assertThat(stored.visible()).isTrue();
        JsonNode thread = calls.tree(calls.http.get("/comments/" + top).body());
        assertThat(thread.get("replies").get(0).get("id").getStringValue()).isEqualTo(id);
        assertThat(calls.page(article).get("count").getNumberValue().intValue()).isEqualTo(2);
    }

    @Test
    void aReplyWhoseThreadsTopIsDeletedWhileItIsPostedFollowsItsParentUp() {
        String top = calls.approved(article, "Top", null);
        String parent = calls.approved(article, "Parent", top);

        String id = calls.id(replyPostedWhileDeleting(parent, top));

        Comment stored = repository.findById(id).block(WAIT);
        assertThat(stored.parentId()).isEqualTo(parent);
        assertThat(stored.rootId()).isEqualTo(parent);
        assertThat(stored.ancestors()).containsExactly(parent);
        JsonNode page = calls.page(article);
        assertThat(page.get("items").get(0).get("id").getStringValue()).isEqualTo(parent);
        assertThat(page.get("items").get(0).get("replies").get(0).get("id").getStringValue()).isEqualTo(id);
        assertThat(page.get("count").getNumberValue().intValue()).isEqualTo(2);
    }

    @Test
    void anEditCheckedBeforeAReplyIsStoredIsRefusedOnceTheReplyIsThere() {
        Http.Reply own = replyTo(null, "Before the reply");
        String id = calls.id(own);
        String token = calls.tree(own.body()).get("editToken").getStringValue();
        renderer.beforeNextRendering(() -> storeReplyAsAnotherInstance(id));

        Http.Reply edited = calls.http.send(HttpRequest.PUT("/comments/" + id, Map.of("content", "After the reply"))
                .header("X-Edit-Token", token));

        assertThat(edited.status()).as(edited.body()).isEqualTo(409);
        JsonNode shown = calls.tree(calls.http.get("/comments/" + id).body());
        assertThat(shown.get("content").getStringValue()).isEqualTo("Before the reply");
        assertThat(shown.get("editedAt").isNull()).isTrue();
        assertThat(shown.get("replies").size()).isEqualTo(1);
    }

    /**
     * An approved reply to {@code parentId}, stored as another instance would, through a client of its
     * own: the edit waits for it on a thread that its own requests may need.
     */
    private void storeReplyAsAnotherInstance(String parentId) {
        Date now = new Date();
        Document reply = new Document("articleId", article).append("articleSlug", "the-slug").append("parentId", parentId)
                .append("rootId", parentId).append("ancestors", List.of(parentId)).append("depth", 2)
                .append("authorName", "Quick").append("authorEmail", "quick@example.org").append("authorEmailKey", "quick@example.org")
                .append("content", "A quick reply").append("contentHtml", "<p>A quick reply</p>").append("dedupeKey", new ObjectId().toHexString())
                .append("status", CommentStatus.APPROVED).append("visible", true).append("createdAt", now).append("updatedAt", now)
                .append("contentFormat", "markdown");
        try (MongoClient other = MongoClients.create(mongo.connectionString())) {
            // waited for without Reactor's block(), which an event-loop thread refuses
            Mono.from(other.getDatabase(database.getName()).getCollection("comments").insertOne(reply)).toFuture()
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
