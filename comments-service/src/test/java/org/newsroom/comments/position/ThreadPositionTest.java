package org.newsroom.comments.position;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.newsroom.comments.AdjustableClock;
import org.newsroom.comments.CommentCalls;
import org.newsroom.support.testing.Http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A visible comment's thread is found on the page that shows it, so links to it can name that page. */
@MicronautTest(transactional = false, packages = "org.newsroom.comments")
class ThreadPositionTest {

    @Inject
    CommentCalls calls;

    @Inject
    AdjustableClock clock;

    private int page(String id, int size) {
        Http.Reply reply = calls.http.get("/comments/" + id + "/position?size=" + size);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return calls.tree(reply.body()).get("page").getIntValue();
    }

    @Test
    void aReplyIsOnThePageOfItsThreadAndEveryThreadOnItsOwnPage() {
        String article = new ObjectId().toHexString();
        List<String> threads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            threads.add(calls.approved(article, "Thread " + i, null));
            clock.advance(Duration.ofSeconds(1));
        }
        String reply = calls.approved(article, "A reply", threads.get(3));
        String deeper = calls.approved(article, "A reply to the reply", reply);

        assertThat(threads.stream().map(id -> page(id, 2)).toList()).containsExactly(1, 1, 2, 2, 3);
        assertThat(page(reply, 2)).isEqualTo(2);
        assertThat(page(deeper, 2)).isEqualTo(2);
        assertThat(page(deeper, 20)).isEqualTo(1);
        assertThat(calls.tree(calls.http.get("/articles/" + article + "/comments?page=2&size=2").body()).get("items").get(1)
                .get("id").getStringValue()).isEqualTo(threads.get(3));
    }

    @Test
    void threadsPostedAtTheSameInstantArePlacedAsThePagesOrderThem() {
        String article = new ObjectId().toHexString();
        List<Map<String, Object>> sameInstant = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sameInstant.add(Map.of("source", "https://blog.example.org/?p=" + article + "#comment-" + i, "authorName", "Dana", "authorEmail", "dana@example.org",
                    "content", "Imported " + i, "status", "approved", "createdAt", "2020-01-01T10:00:00Z"));
        }
        Http.Reply imported = calls.http.send(HttpRequest.PUT("/import/comments",
                Map.of("articleId", article, "articleSlug", "the-slug", "comments", sameInstant)).bearerAuth(calls.moderator));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).as(imported.body()).doesNotContain("rejected");

        JsonNode items = calls.page(article).get("items");
        for (int i = 0; i < items.size(); i++) {
            assertThat(page(items.get(i).get("id").getStringValue(), 1)).isEqualTo(i + 1);
        }
        assertThat(items.size()).isEqualTo(3);
    }

    @Test
    void aHiddenOrUnknownCommentHasNoPosition() {
        String article = new ObjectId().toHexString();
        Http.Reply held = calls.post(article, CommentCalls.form(CommentCalls.email(), "Held for a moderator", null));

        assertThat(calls.http.get("/comments/" + calls.id(held) + "/position").status()).isEqualTo(404);
        assertThat(calls.http.get("/comments/" + new ObjectId().toHexString() + "/position").status()).isEqualTo(404);
        assertThat(calls.http.get("/comments/not-an-id/position").status()).isEqualTo(404);
        assertThat(calls.http.get("/comments/" + new ObjectId().toHexString() + "/position?size=0").status()).isEqualTo(400);
    }
}
