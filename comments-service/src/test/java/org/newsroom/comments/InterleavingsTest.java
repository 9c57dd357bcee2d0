package org.newsroom.comments;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.Http;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request landing between another one's checks and its write, step by step: a moderator deleting a
 * reply's parent (or its thread's top) after the reply's parent was checked and before it is stored.
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
    CommentRepository repository;

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
}
