package org.newsroom.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.acceptance.Stack.ADMIN_PASSWORD;

/** The "Leave a Reply" form's walk: posting, validation, the order of checks, flood and duplicates. */
class CommenterContractTest {

    private static Api anonymous;
    private static Api admin;
    private static String openSlug;
    private static String closedSlug;

    @BeforeAll
    static void createArticles() {
        anonymous = Stack.shared().api();
        admin = anonymous.as(anonymous.login("admin", ADMIN_PASSWORD));
        openSlug = Fixtures.publishedArticle(admin, "open");
        closedSlug = Fixtures.publishedArticle(admin, "closed");
    }

    private static String comments(String slug) {
        return "/api/articles/" + slug + "/comments";
    }

    @Test
    void firstTimeCommenterIsHeldForModerationAndHidden() {
        Api reader = anonymous.from(Fixtures.clientIp());
        Api.Reply posted = reader.post(comments(openSlug), Fixtures.comment(Fixtures.email(), "A first thought."));

        assertThat(posted.status()).isEqualTo(201);
        JsonNode body = posted.json();
        assertThat(body.path("status").asText()).isEqualTo("pending");
        assertThat(posted.header("Location")).isEqualTo("/api/comments/" + body.path("id").asText());
        assertThat(body.path("content").asText()).isEqualTo("A first thought.");
        assertThat(body.path("contentHtml").asText()).contains("A first thought.");
        assertThat(body.has("authorEmail")).isFalse();
        assertThat(posted.body()).doesNotContain("@example.org");

        assertThat(reader.get("/api/comments/" + body.path("id").asText()).status()).isEqualTo(404);
        assertThat(reader.get("/api/articles/" + openSlug).body()).doesNotContain("A first thought.");
    }

    @Test
    void missingFieldsAre400NamingEachField() {
        Api.Reply bad = anonymous.from(Fixtures.clientIp()).post(comments(openSlug), Map.of("content", " "));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = bad.json().path("errors");
        assertThat(errors.toString()).contains("authorName").contains("authorEmail").contains("content");
    }

    @Test
    void invalidEmailAndUrlAreRejected() {
        Map<String, Object> comment = Fixtures.comment("not-an-email", "Hello");
        comment.put("authorUrl", "javascript:alert(1)");

        Api.Reply bad = anonymous.from(Fixtures.clientIp()).post(comments(openSlug), comment);

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").toString()).contains("authorEmail").contains("authorUrl");
    }

    @Test
    void objectWhereAStringBelongsIs400() {
        Map<String, Object> comment = Fixtures.comment(Fixtures.email(), "Hello");
        comment.put("authorEmail", Map.of("$ne", ""));

        Api.Reply bad = anonymous.from(Fixtures.clientIp()).post(comments(openSlug), comment);

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("authorEmail");
    }

    @Test
    void unknownArticleIs404BeforeValidation() {
        Api.Reply missing = anonymous.from(Fixtures.clientIp()).post(comments("no-such-article-at-all"), Map.of());

        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void closedArticleIs403BeforeValidation() {
        Api.Reply closed = anonymous.from(Fixtures.clientIp()).post(comments(closedSlug), Map.of("content", ""));

        assertThat(closed.status()).isEqualTo(403);
        assertThat(closed.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void sameCommentTwiceIs409() {
        Map<String, Object> comment = Fixtures.comment(Fixtures.email(), "Exactly this, once.");
        assertThat(anonymous.from(Fixtures.clientIp()).post(comments(openSlug), comment).status()).isEqualTo(201);

        Api.Reply again = anonymous.from(Fixtures.clientIp()).post(comments(openSlug), comment);

        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void secondCommentFromTheSameIpWithinTheWindowIs429WithRetryAfter() {
        Api reader = anonymous.from(Fixtures.clientIp());
        assertThat(reader.post(comments(openSlug), Fixtures.comment(Fixtures.email(), "One")).status()).isEqualTo(201);

        Api.Reply flooded = reader.post(comments(openSlug), Fixtures.comment(Fixtures.email(), "Two"));

        assertThat(flooded.status()).isEqualTo(429);
        assertThat(Integer.parseInt(flooded.header("Retry-After"))).as("most of the stack's 60 s window is left").isBetween(30, 60);
    }

    @Test
    void secondCommentFromTheSameEmailWithinTheWindowIs429() {
        String email = Fixtures.email();
        assertThat(anonymous.from(Fixtures.clientIp()).post(comments(openSlug), Fixtures.comment(email, "One")).status())
                .isEqualTo(201);

        Api.Reply flooded = anonymous.from(Fixtures.clientIp()).post(comments(openSlug), Fixtures.comment(email, "Two"));

        assertThat(flooded.status()).isEqualTo(429);
        assertThat(flooded.header("Retry-After")).isNotBlank();
    }

    @Test
    void rejectedPostDoesNotStartTheFloodWindow() {
        Api reader = anonymous.from(Fixtures.clientIp());
        assertThat(reader.post(comments(openSlug), Map.of("content", "no author")).status()).isEqualTo(400);

        assertThat(reader.post(comments(openSlug), Fixtures.comment(Fixtures.email(), "Now valid")).status()).isEqualTo(201);
    }

    @Test
    void moderatorCommentIsApprovedAndNotFloodLimited() {
        Api moderator = admin.from(Fixtures.clientIp());
        Api.Reply first = moderator.post(comments(openSlug), Fixtures.comment("desk@example.org", Fixtures.unique("Desk note")));
        Api.Reply second = moderator.post(comments(openSlug), Fixtures.comment("desk@example.org", Fixtures.unique("Desk note")));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("status").asText()).isEqualTo("approved");
        assertThat(second.status()).isEqualTo(201);
        assertThat(anonymous.get("/api/comments/" + first.json().path("id").asText()).status()).isEqualTo(200);
    }

    @Test
    void twoLinksHoldAComment() {
        Api.Reply posted = admin.from(Fixtures.clientIp()).post(comments(openSlug), Fixtures.comment("desk@example.org",
                Fixtures.unique("see http://a.example and https://b.example")));
        // a moderator's own comment is approved whatever it contains
        assertThat(posted.json().path("status").asText()).isEqualTo("approved");

        String email = Fixtures.email();
        anEarlierApprovedCommentOf(email);
        Api.Reply linked = anonymous.from(Fixtures.clientIp()).post(comments(openSlug),
                Fixtures.comment(email, "see http://a.example and https://b.example"));

        assertThat(linked.status()).isEqualTo(201);
        assertThat(linked.json().path("status").asText()).isEqualTo("pending");
    }

    @Test
    void returningAuthorIsApproved() {
        String email = Fixtures.email();
        anEarlierApprovedCommentOf(email);

        Api.Reply again = anonymous.from(Fixtures.clientIp()).post(comments(openSlug),
                Fixtures.comment(email.toUpperCase(), "Back again"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("status").asText()).isEqualTo("approved");
    }

    @Test
    void hostileContentComesBackSafe() {
        Api.Reply posted = admin.from(Fixtures.clientIp()).post(comments(openSlug), Fixtures.comment("desk@example.org",
                Fixtures.unique("<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))")));

        String html = posted.json().path("contentHtml").asText().toLowerCase();
        assertThat(html).doesNotContain("<script").doesNotContain("onerror=").doesNotContain("href=\"javascript:");
    }

    /**
     * An approved comment under {@code email}, written at the moderators' desk: a moderator's post
     * claims no flood window, so the reader's own next post is not refused as too soon. (A reader's
     * post approved by a moderator is walked through in {@link ModeratorContractTest}.)
     */
    private static void anEarlierApprovedCommentOf(String email) {
        Api.Reply earlier = admin.from(Fixtures.clientIp()).post(comments(openSlug), Fixtures.comment(email, Fixtures.unique("earlier")));
        assertThat(earlier.status()).isEqualTo(201);
        assertThat(earlier.json().path("status").asText()).isEqualTo("approved");
    }
}
