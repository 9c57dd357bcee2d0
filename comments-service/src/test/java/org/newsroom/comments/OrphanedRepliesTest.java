package org.newsroom.comments;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.support.mongo.EmbeddedMongo;
import reactor.core.publisher.Mono;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replies an earlier version left under a deleted comment (counted, never shown) are moved up at the
 * first start of this one, in the background; once done, a start does not walk the comments again.
 */
class OrphanedRepliesTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path unused;

    private final String article = new ObjectId().toHexString();

    /** An approved comment as the earlier version stored it, under {@code ancestors} (ids as text). */
    private Document stored(ObjectId id, String content, List<String> ancestors) {
        Date at = new Date(1_700_000_000_000L + id.getTimestamp());
        return new Document("_id", id).append("articleId", article).append("articleSlug", "the-slug")
                .append("parentId", ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1))
                .append("rootId", ancestors.isEmpty() ? null : ancestors.get(0)).append("ancestors", ancestors)
                .append("depth", ancestors.size() + 1).append("authorName", "Dana").append("authorEmail", "dana@example.org")
                .append("authorEmailKey", "dana@example.org").append("content", content).append("contentHtml", "<p>" + content + "</p>")
                .append("dedupeKey", id.toHexString()).append("status", CommentStatus.APPROVED).append("visible", true)
                .append("createdAt", at).append("updatedAt", at).append("contentFormat", "markdown");
    }

    /** The service on {@code store}, serving (the pass starts with the server). */
    private static ApplicationContext start(EmbeddedMongo store) {
        ApplicationContext service = ApplicationContext.builder().packages("org.newsroom.comments").environments("test")
                .properties(Map.of("mongodb.uri", store.connectionString(), "comments.orphaned-replies-pass", true)).start();
        service.getBean(EmbeddedServer.class).start();
        return service;
    }

    @Test
    void repliesLeftUnderDeletedCommentsAreMovedUpAtStartAndOnlyOnce() {
        ObjectId a = new ObjectId();
        ObjectId deletedC = new ObjectId();
        ObjectId d = new ObjectId();
        ObjectId e = new ObjectId();
        ObjectId deletedTop = new ObjectId();
        ObjectId f = new ObjectId();
        try (EmbeddedMongo store = new EmbeddedMongo(unused.toString(), false, "comments");
             MongoClient direct = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> comments = direct.getDatabase("comments").getCollection("comments");
            // A kept; B and C deleted at once, D left under C (its path naming C only) and E under D; F under a deleted top comment
            Mono.from(comments.insertMany(List.of(stored(a, "A", List.of()),
                    stored(d, "D", List.of(a.toHexString(), deletedC.toHexString())),
                    stored(e, "E", List.of(a.toHexString(), deletedC.toHexString(), d.toHexString())),
                    stored(f, "F", List.of(deletedTop.toHexString()))))).block(WAIT);

            try (ApplicationContext service = start(store)) {
                long repaired = service.getBean(OrphanedReplies.class).finished().block(WAIT);

                assertThat(repaired).as("deleted comments found above replies").isEqualTo(2);
                Document movedD = Mono.from(comments.find(new Document("_id", d)).first()).block(WAIT);
                Document movedE = Mono.from(comments.find(new Document("_id", e)).first()).block(WAIT);
                Document movedF = Mono.from(comments.find(new Document("_id", f)).first()).block(WAIT);
                assertThat(movedD.getList("ancestors", String.class)).containsExactly(a.toHexString());
                assertThat(movedD.getString("parentId")).isEqualTo(a.toHexString());
                assertThat(movedD.getInteger("depth")).isEqualTo(2);
                assertThat(movedE.getList("ancestors", String.class)).containsExactly(a.toHexString(), d.toHexString());
                assertThat(movedE.getString("rootId")).isEqualTo(a.toHexString());
                assertThat(movedF.getList("ancestors", String.class)).isEmpty();
                assertThat(movedF.getString("parentId")).isNull();
                assertThat(movedF.getInteger("depth")).isEqualTo(1);
                try (HttpClient client = HttpClient.create(service.getBean(EmbeddedServer.class).getURL())) {
                    CommentCalls calls = new CommentCalls(client, service.getBean(JwtTokenGenerator.class), service.getBean(JsonMapper.class));
                    JsonNode page = calls.page(article);
                    assertThat(page.get("count").getNumberValue().intValue()).isEqualTo(4);
                    assertThat(page.get("items").size()).as("A and F").isEqualTo(2);
                    assertThat(page.get("items").get(0).get("replies").get(0).get("id").getStringValue()).isEqualTo(d.toHexString());
                    assertThat(calls.http.get("/comments/" + f.toHexString()).status()).isEqualTo(200);
                }
            }
            Mono.from(comments.insertOne(stored(new ObjectId(), "G", List.of(new ObjectId().toHexString())))).block(WAIT);
            try (ApplicationContext again = start(store)) {
                assertThat(again.getBean(OrphanedReplies.class).finished().block(WAIT)).as("a later start").isZero();
            }
        }
    }
}
