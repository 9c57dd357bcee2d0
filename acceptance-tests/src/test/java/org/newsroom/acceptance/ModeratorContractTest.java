package org.newsroom.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.acceptance.Stack.ADMIN_PASSWORD;

/** A moderator's walk: the queue with private fields, approving, threads, deleting. */
class ModeratorContractTest {

    private static final Duration FRESHNESS = Duration.ofMillis(1000);

    private static Api anonymous;
    private static Api moderator;
    private static String slug;

    @BeforeAll
    static void createArticle() {
        anonymous = Stack.shared().api();
        moderator = anonymous.as(anonymous.login("moderator", Stack.MODERATOR_PASSWORD));
        Api admin = anonymous.as(anonymous.login("admin", ADMIN_PASSWORD));
        slug = Fixtures.publishedArticle(admin, "open");
    }

    private static String postPending(String content) {
        Api.Reply posted = anonymous.from(Fixtures.clientIp()).with("User-Agent", "AcceptanceBrowser/1.0")
                .post("/api/articles/" + slug + "/comments", Fixtures.comment(Fixtures.email(), content));
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.json().path("status").asText()).isEqualTo("pending");
        return posted.json().path("id").asText();
    }

    private static String postApproved(String content, String parentId) {
        Map<String, Object> comment = parentId == null
                ? Fixtures.comment("desk@example.org", content) : Fixtures.reply("desk@example.org", content, parentId);
        Api.Reply posted = moderator.from(Fixtures.clientIp()).post("/api/articles/" + slug + "/comments", comment);
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.json().path("id").asText();
    }

    private static JsonNode view() {
        return anonymous.get("/api/articles/" + slug + "?size=100").json();
    }

    /** Polls the public view until it satisfies {@code condition}; the contract allows 1 s. */
    private static boolean showsWithin(Duration limit, Predicate<String> condition) {
        Instant deadline = Instant.now().plus(limit);
        do {
            if (condition.test(anonymous.get("/api/articles/" + slug + "?size=100").body())) {
                return true;
            }
            ServiceProcess.sleep(50);
        } while (Instant.now().isBefore(deadline));
        return false;
    }

    @Test
    void theLargestPageOfTheQueueIsEmpty() {
        Api.Reply queue = moderator.get("/api/moderation/comments?page=" + Integer.MAX_VALUE + "&size=100");

        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.json().path("items").size()).isZero();
        assertThat(queue.json().path("page").asInt()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void queueShowsPendingCommentsWithPrivateFields() {
        String id = postPending(Fixtures.unique("Queue me"));

        Api.Reply queue = moderator.get("/api/moderation/comments?article=" + slug + "&size=100");

        assertThat(queue.status()).isEqualTo(200);
        JsonNode item = null;
        for (JsonNode candidate : queue.json().path("items")) {
            if (id.equals(candidate.path("id").asText())) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.path("status").asText()).isEqualTo("pending");
        assertThat(item.path("authorEmail").asText()).endsWith("@example.org");
        assertThat(item.path("authorIp").asText()).startsWith("198.51.");
        assertThat(item.path("userAgent").asText()).isEqualTo("AcceptanceBrowser/1.0");
        assertThat(item.path("articleSlug").asText()).isEqualTo(slug);
        assertThat(item.path("replies").isArray()).as("the public view's fields, replies included").isTrue();
        assertThat(item.has("contentHtml") && item.has("createdAt") && item.has("parentId") && item.has("authorUrl")).isTrue();
    }

    @Test
    void approvedCommentShowsInTheArticleWithinOneSecond() {
        String content = Fixtures.unique("Approve me");
        String id = postPending(content);
        assertThat(anonymous.get("/api/articles/" + slug).body()).doesNotContain(content);

        Api.Reply approved = moderator.patch("/api/moderation/comments/" + id, Map.of("status", "approved"));

        assertThat(approved.status()).isEqualTo(200);
        assertThat(showsWithin(FRESHNESS, body -> body.contains(content))).isTrue();
        assertThat(anonymous.get("/api/comments/" + id).status()).isEqualTo(200);
    }

    @Test
    void replyUnderAPendingParentIsHiddenUntilTheParentIsApproved() {
        String parent = postApproved(Fixtures.unique("Parent"), null);
        String replyText = Fixtures.unique("Reply");
        String reply = postApproved(replyText, parent);
        assertThat(showsWithin(FRESHNESS, body -> body.contains(replyText))).isTrue();

        moderator.patch("/api/moderation/comments/" + parent, Map.of("status", "pending"));
        assertThat(showsWithin(FRESHNESS, body -> !body.contains(replyText))).isTrue();
        assertThat(anonymous.get("/api/comments/" + reply).status()).isEqualTo(404);

        moderator.patch("/api/moderation/comments/" + parent, Map.of("status", "approved"));
        assertThat(showsWithin(FRESHNESS, body -> body.contains(replyText))).isTrue();
    }

    @Test
    void repliesAreNestedAndDepthIsCappedAtFive() {
        String parent = null;
        String[] ids = new String[6];
        for (int depth = 0; depth < 6; depth++) {
            ids[depth] = postApproved(Fixtures.unique("Level " + (depth + 1)), parent);
            parent = ids[depth];
        }

        JsonNode sixth = anonymous.get("/api/comments/" + ids[5]).json();

        assertThat(sixth.path("parentId").asText()).isEqualTo(ids[3]);
        JsonNode thread = anonymous.get("/api/comments/" + ids[0]).json();
        assertThat(thread.path("replies").get(0).path("id").asText()).isEqualTo(ids[1]);
    }

    @Test
    void deletingACommentReattachesItsRepliesAndAnswers404Everywhere() {
        String parent = postApproved(Fixtures.unique("Grandparent"), null);
        String middle = postApproved(Fixtures.unique("Middle"), parent);
        String child = postApproved(Fixtures.unique("Child"), middle);

        assertThat(moderator.delete("/api/moderation/comments/" + middle).status()).isEqualTo(204);

        assertThat(anonymous.get("/api/comments/" + middle).status()).isEqualTo(404);
        assertThat(moderator.patch("/api/moderation/comments/" + middle, Map.of("status", "approved")).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/comments/" + child).json().path("parentId").asText()).isEqualTo(parent);
    }

    @Test
    void countsAgreeBetweenTheListAndTheView() {
        postApproved(Fixtures.unique("Counted"), null);

        assertThat(Poll.until(Duration.ofSeconds(15), () -> {
            int count = view().path("comments").path("count").asInt();
            return count > 0 && listedCount() == count;
        })).as("the list's count agrees with the view's").isTrue();
    }

    private static int listedCount() {
        for (JsonNode item : anonymous.get("/api/articles?tag=testing&size=100").json().path("items")) {
            if (slug.equals(item.path("slug").asText())) {
                return item.path("commentCount").asInt();
            }
        }
        return -1;
    }

    @Test
    void invalidStatusIs400AndUnknownIdIs404() {
        String id = postPending(Fixtures.unique("Status"));

        assertThat(moderator.patch("/api/moderation/comments/" + id, Map.of("status", "deleted")).status()).isEqualTo(400);
        assertThat(moderator.patch("/api/moderation/comments/000000000000000000000000", Map.of("status", "spam")).status())
                .isEqualTo(404);
        assertThat(moderator.patch("/api/moderation/comments/not-an-id", Map.of("status", "spam")).status()).isIn(400, 404);
    }

    @Test
    void moderationNeedsTheModeratorRole() {
        Api editor = anonymous.as(anonymous.login("editor", Stack.EDITOR_PASSWORD));

        assertThat(anonymous.get("/api/moderation/comments").status()).isEqualTo(401);
        assertThat(anonymous.as("not-a-token").get("/api/moderation/comments").status()).isEqualTo(401);
        assertThat(editor.get("/api/moderation/comments").status()).isEqualTo(403);
        assertThat(editor.patch("/api/moderation/comments/000000000000000000000000", Map.of("status", "spam")).status())
                .isEqualTo(403);
        assertThat(editor.delete("/api/moderation/comments/000000000000000000000000").status()).isEqualTo(403);
    }

    @Test
    void spamAndTrashAreListedByStatus() {
        String id = postPending(Fixtures.unique("Spammy"));
        moderator.patch("/api/moderation/comments/" + id, Map.of("status", "spam"));

        assertThat(moderator.get("/api/moderation/comments?status=spam&size=100").body()).contains(id);
        assertThat(moderator.get("/api/moderation/comments?status=bogus").status()).isEqualTo(400);
    }
}
