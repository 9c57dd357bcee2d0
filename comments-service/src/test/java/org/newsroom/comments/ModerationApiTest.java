package org.newsroom.comments;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.CapturedLogs;
import org.newsroom.support.testing.Http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.comments.CommentCalls.email;
import static org.newsroom.comments.CommentCalls.form;

/**
 * The moderation rules as a poster meets them, and the moderators' API. The test configuration holds
 * comments with the word "zzhold" and marks those with "zzblocked" as spam.
 */
@MicronautTest(transactional = false)
class ModerationApiTest {

    private static final Duration PAST_THE_FLOOD_WINDOW = Duration.ofMinutes(1);

    @Inject
    CommentCalls calls;

    @Inject
    AdjustableClock clock;

    Http http;
    String article;

    @BeforeEach
    void setUp() {
        http = calls.http;
        article = new ObjectId().toHexString();
    }

    /** An email whose first comment a moderator approved, past its flood window. */
    private String returningAuthor() {
        String email = email();
        Http.Reply first = calls.post(article, form(email, "My first comment " + email, null));
        assertThat(calls.status(first)).isEqualTo("pending");
        assertThat(calls.setStatus(calls.id(first), "approved").status()).isEqualTo(200);
        clock.advance(PAST_THE_FLOOD_WINDOW);
        return email;
    }

    private Http.Reply postAs(String email, String content) {
        Http.Reply reply = calls.post(article, form(email, content, null));
        clock.advance(PAST_THE_FLOOD_WINDOW);
        return reply;
    }

    private JsonNode findModerated(String status, String id) {
        for (JsonNode item : calls.moderated("status=" + status + "&size=100").get("items").values()) {
            if (id.equals(item.get("id").getStringValue())) {
                return item;
            }
        }
        return null;
    }

    @Test
    void returningAuthorIsApprovedWhateverTheCaseOfTheEmailAndOnAnyArticle() {
        String email = returningAuthor();
        String otherArticle = new ObjectId().toHexString();

        Http.Reply again = calls.post(otherArticle, form(email.toLowerCase(), "Again, elsewhere", null));

        assertThat(calls.status(again)).isEqualTo("approved");
        assertThat(calls.pageBody(otherArticle)).contains("Again, elsewhere");
        assertThat(calls.pageBody(article)).contains("My first comment");
    }

    @Test
    void authorWhoseCommentsWereNeverApprovedStaysHeld() {
        String email = email();
        calls.post(article, form(email, "Held once", null));
        clock.advance(PAST_THE_FLOOD_WINDOW);

        assertThat(calls.status(postAs(email, "Held twice"))).isEqualTo("pending");
    }

    @Test
    void twoLinksInTheContentHoldAReturningAuthorsComment() {
        String email = returningAuthor();

        assertThat(calls.status(postAs(email, "One link: https://one.example"))).isEqualTo("approved");
        assertThat(calls.status(postAs(email, "Two: https://one.example and http://two.example"))).isEqualTo("pending");
    }

    @Test
    void linksWithoutHttpInTheTextHoldAReturningAuthorsComment() {
        String email = returningAuthor();

        Http.Reply posted = postAs(email, "cheap pills www.spam1.example www.spam2.example www.spam3.example [x](//spam4.example)");

        assertThat(calls.status(posted)).isEqualTo("pending");
        assertThat(calls.pageBody(article)).doesNotContain("spam1");
    }

    @Test
    void moderationWordInAnyFieldHoldsAReturningAuthorsComment() {
        String email = returningAuthor();
        Map<String, Object> byName = form(email, "Innocent words", null);
        byName.put("authorName", "Mr ZZHOLD");

        assertThat(calls.status(postAs(email, "this is ZzHold material"))).isEqualTo("pending");
        assertThat(calls.status(calls.post(article, byName))).isEqualTo("pending");
    }

    @Test
    void blockedWordStoresSpamButThePosterSeesPending() {
        String email = returningAuthor();

        Http.Reply posted = postAs(email, "Buy zzblocked pills");

        assertThat(calls.status(posted)).isEqualTo("pending");
        JsonNode stored = findModerated("spam", calls.id(posted));
        assertThat(stored).isNotNull();
        assertThat(stored.get("status").getStringValue()).isEqualTo("spam");
        assertThat(calls.pageBody(article)).doesNotContain("pills");
    }

    @Test
    void moderatorsCommentIsApprovedWhateverItSays() {
        Http.Reply posted = http.send(CommentCalls.postRequest(article,
                form("new-moderator@example.org", "zzblocked zzhold https://a.example https://b.example", null), CommentCalls.ip())
                .bearerAuth(calls.moderator));

        assertThat(calls.status(posted)).isEqualTo("approved");
        assertThat(calls.page(article).get("count").getNumberValue().intValue()).isEqualTo(1);
    }

    @Test
    void moderatorsSeePrivateFieldsByStatusAndArticleOldestFirst() {
        String email = email();
        String slug = "moderated-" + article;
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            posted.add(calls.id(http.send(HttpRequest.POST("/articles/" + article + "/comments?slug=" + slug,
                            form(i == 0 ? email : email(), "Needs a look " + i, null))
                    .header("X-Client-IP", "192.0.2.44").header("X-Client-User-Agent", CommentCalls.USER_AGENT))));
            clock.advance(PAST_THE_FLOOD_WINDOW);
        }

        JsonNode queue = calls.moderated("article=" + slug + "&size=2");

        assertThat(queue.get("total").getNumberValue().intValue()).isEqualTo(3);
        assertThat(queue.get("totalPages").getNumberValue().intValue()).isEqualTo(2);
        JsonNode first = queue.get("items").get(0);
        assertThat(first.get("id").getStringValue()).isEqualTo(posted.get(0));
        assertThat(queue.get("items").get(1).get("id").getStringValue()).isEqualTo(posted.get(1));
        assertThat(first.get("authorEmail").getStringValue()).isEqualTo(email);
        assertThat(first.get("authorIp").getStringValue()).isEqualTo("192.0.2.44");
        assertThat(first.get("userAgent").getStringValue()).isEqualTo(CommentCalls.USER_AGENT);
        assertThat(first.get("articleSlug").getStringValue()).isEqualTo(slug);
        assertThat(first.get("articleId").getStringValue()).isEqualTo(article);
        assertThat(first.get("status").getStringValue()).isEqualTo("pending");
        assertThat(first.get("depth").getNumberValue().intValue()).isEqualTo(1);
        assertThat(first.get("updatedAt").getStringValue()).isNotBlank();
        assertThat(first.get("replies").size()).as("the queue is flat: replies are items of their own").isZero();
        assertThat(calls.moderated("article=" + slug + "&size=2&page=2").get("items").get(0).get("id").getStringValue())
                .isEqualTo(posted.get(2));
        assertThat(calls.moderated("article=" + slug + "&status=approved").get("total").getNumberValue().intValue()).isZero();
    }

    @Test
    void countsByStatusCoverEveryStatus() {
        String id = calls.approved(article, "To be trashed", null);
        JsonNode before = calls.tree(http.get("/moderation/counts", calls.moderator).body());

        calls.setStatus(id, "trash");

        JsonNode after = calls.tree(http.get("/moderation/counts", calls.moderator).body());
        for (String status : List.of("pending", "approved", "spam", "trash")) {
            assertThat(after.get(status)).as(status).isNotNull();
        }
        assertThat(after.get("trash").getNumberValue().longValue()).isEqualTo(before.get("trash").getNumberValue().longValue() + 1);
        assertThat(after.get("approved").getNumberValue().longValue()).isEqualTo(before.get("approved").getNumberValue().longValue() - 1);
    }

    @Test
    void moderationNeedsTheModeratorRole() {
        String editor = http.token("EDITOR");
        String id = new ObjectId().toHexString();

        assertThat(http.get("/moderation/comments").status()).isEqualTo(401);
        assertThat(http.get("/moderation/comments", "not-a-token").status()).isEqualTo(401);
        assertThat(http.get("/moderation/comments", editor).status()).isEqualTo(403);
        assertThat(http.get("/moderation/counts", editor).status()).isEqualTo(403);
        assertThat(http.send(HttpRequest.PATCH("/moderation/comments/" + id, Map.of("status", "spam")).bearerAuth(editor)).status())
                .isEqualTo(403);
        assertThat(http.send(HttpRequest.DELETE("/moderation/comments/" + id)).status()).isEqualTo(401);
        assertThat(http.send(HttpRequest.DELETE("/moderation/comments/" + id).bearerAuth(editor)).status()).isEqualTo(403);
        assertThat(http.send(HttpRequest.DELETE("/articles/" + article + "/comments")).status()).isEqualTo(401);
        assertThat(http.send(HttpRequest.DELETE("/articles/" + article + "/comments").bearerAuth(http.token("NOBODY"))).status())
                .isEqualTo(403);
    }

    @Test
    void aTokenMustNameThePlatformAsItsIssuer() {
        assertThat(http.get("/moderation/counts", http.tokenIssuedBy(null, "MODERATOR")).status()).isEqualTo(401);
        assertThat(http.get("/moderation/counts", http.tokenIssuedBy("elsewhere", "MODERATOR")).status()).isEqualTo(401);
        assertThat(http.get("/moderation/counts", http.tokenIssuedBy("news-platform", "MODERATOR")).status()).isEqualTo(200);
        assertThat(http.get("/moderation/counts", http.token("MODERATOR")).status()).isEqualTo(200);
    }

    @Test
    void anIssuerThatIsNotAStringIsAQuietUnauthorized() throws InterruptedException {
        try (CapturedLogs logged = CapturedLogs.start()) {
            Http.Reply reply = http.get("/moderation/counts", http.tokenIssuedBy(List.of("news-platform"), "MODERATOR"));

            assertThat(reply.status()).isEqualTo(401);
            assertThat(logged.linesAfterAccessLogOf(1)).noneMatch(line -> line.contains("\"level\":\"ERROR\""))
                    .noneMatch(line -> line.contains("stack_trace"));
        }
    }

    @Test
    void aBrowsersRequestWithoutTheRoleIsRefusedWithProblemJson() {
        String browser = "text/html,application/xhtml+xml,*/*;q=0.8";

        Http.Reply anonymous = http.send(HttpRequest.GET("/moderation/comments").accept(browser));
        Http.Reply editor = http.send(HttpRequest.GET("/moderation/comments").accept(browser).bearerAuth(http.token("EDITOR")));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(editor.status()).isEqualTo(403);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(editor.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void statusChangesAreValidated() {
        String id = calls.approved(article, "Status target", null);

        assertThat(calls.setStatus(id, "deleted").status()).isEqualTo(400);
        assertThat(calls.setStatus(id, "deleted").body()).contains("\"field\":\"status\"");
        for (String body : List.of("{\"status\":{\"$ne\":1}}", "{\"status\":[\"spam\"]}", "{}")) {
            Http.Reply reply = http.send(HttpRequest.PATCH("/moderation/comments/" + id, body).bearerAuth(calls.moderator));
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.body()).as(body).contains("\"field\":\"status\"");
        }
        assertThat(calls.setStatus(new ObjectId().toHexString(), "spam").status()).isEqualTo(404);
        assertThat(calls.setStatus("junk", "spam").status()).isEqualTo(404);
        Http.Reply trashed = calls.setStatus(id, "trash");
        assertThat(trashed.status()).isEqualTo(200);
        assertThat(calls.status(trashed)).isEqualTo("trash");
        assertThat(calls.tree(trashed.body()).get("authorEmail").getStringValue()).isEqualTo("desk@example.org");
        assertThat(findModerated("trash", id)).isNotNull();
        assertThat(http.get("/comments/" + id).status()).isEqualTo(404);
        assertThat(http.get("/moderation/comments?status=bogus", calls.moderator).status()).isEqualTo(400);
        assertThat(http.get("/moderation/comments?size=500", calls.moderator).status()).isEqualTo(400);
    }
}
