package org.newsroom.comments.edit;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.comments.AdjustableClock;
import org.newsroom.comments.CommentCalls;
import org.newsroom.support.testing.Http;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An author may fix or withdraw their comment with its edit token for COMMENT_EDIT_MINUTES (15), and not after. */
@MicronautTest(transactional = false, packages = "org.newsroom.comments")
class EditWindowTest {

    @Inject
    CommentCalls calls;

    @Inject
    AdjustableClock clock;

    String article;

    @BeforeEach
    void setUp() {
        article = new ObjectId().toHexString();
    }

    /** A comment posted by a moderator (approved at once), with its edit token. */
    private Posted postApproved(String content) {
        Http.Reply reply = calls.http.send(CommentCalls.postRequest(article, CommentCalls.form("desk@example.org", content, null),
                CommentCalls.ip()).bearerAuth(calls.moderator));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode body = calls.tree(reply.body());
        return new Posted(body.get("id").getStringValue(), body.get("editToken").getStringValue(), body);
    }

    private record Posted(String id, String token, JsonNode body) {
    }

    private Http.Reply edit(String id, String token, String content) {
        var request = HttpRequest.PUT("/comments/" + id, Map.of("content", content));
        return calls.http.send(token == null ? request : request.header("X-Edit-Token", token));
    }

    private String moderated(String status) {
        return calls.http.get("/moderation/comments?size=100&status=" + status, calls.moderator).body();
    }

    private Http.Reply delete(String id, String token) {
        return calls.http.send(HttpRequest.DELETE("/comments/" + id).header("X-Edit-Token", token));
    }

    @Test
    void postAnswerCarriesAnOpaqueEditTokenAndTheEndOfTheWindow() {
        Posted posted = postApproved("First words");

        assertThat(posted.token()).matches("[A-Za-z0-9_-]{43}");
        Instant createdAt = Instant.parse(posted.body().get("createdAt").getStringValue());
        assertThat(Instant.parse(posted.body().get("editableUntil").getStringValue())).isEqualTo(createdAt.plus(Duration.ofMinutes(15)));
        assertThat(calls.http.get("/comments/" + posted.id()).body()).doesNotContain(posted.token()).contains("\"editedAt\":null");
    }

    @Test
    void anEditMovesTheDuplicateRuleToTheNewWords() {
        Posted first = postApproved("Said once");
        assertThat(edit(first.id(), first.token(), "Said differently").status()).isEqualTo(200);

        postApproved("Said once");
        Http.Reply again = calls.http.send(CommentCalls.postRequest(article, CommentCalls.form("desk@example.org", "Said differently", null),
                CommentCalls.ip()).bearerAuth(calls.moderator));
        assertThat(again.status()).as("the same words again").isEqualTo(409);

        Posted other = postApproved("Something else");
        Http.Reply same = edit(other.id(), other.token(), "Said differently");
        assertThat(same.status()).as(same.body()).isEqualTo(409);
        assertThat(same.header("Content-Type")).startsWith("application/problem+json");
        assertThat(calls.http.get("/comments/" + other.id()).body()).contains("Something else").contains("\"editedAt\":null");
    }

    @Test
    void authorFixesATypoWithinTheWindowAndTheCommentShowsAsEdited() {
        Posted posted = postApproved("Teh typo");
        clock.advance(Duration.ofMinutes(14));

        Http.Reply edited = edit(posted.id(), posted.token(), "  The typo, fixed <b>now</b>  ");

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        JsonNode body = calls.tree(edited.body());
        assertThat(body.get("content").getStringValue()).isEqualTo("The typo, fixed <b>now</b>");
        assertThat(body.get("contentHtml").getStringValue()).doesNotContain("<b>").contains("&lt;b&gt;");
        assertThat(body.get("status").getStringValue()).isEqualTo("approved");
        assertThat(body.get("editedAt").isNull()).isFalse();
        JsonNode shown = calls.tree(calls.http.get("/comments/" + posted.id()).body());
        assertThat(shown.get("content").getStringValue()).isEqualTo("The typo, fixed <b>now</b>");
        assertThat(shown.get("editedAt").getStringValue()).isEqualTo(body.get("editedAt").getStringValue());
    }

    @Test
    void theAuthorReadsTheTextTheyWroteWithTheTokenEvenWhileItIsHeld() {
        Http.Reply held = calls.post(article, CommentCalls.form(CommentCalls.email(), "My *first* words", null));
        String id = calls.id(held);
        String token = calls.tree(held.body()).get("editToken").getStringValue();

        Http.Reply own = calls.http.send(HttpRequest.GET("/comments/" + id + "/editable").header("X-Edit-Token", token));

        assertThat(own.status()).as(own.body()).isEqualTo(200);
        JsonNode body = calls.tree(own.body());
        assertThat(body.get("content").getStringValue()).isEqualTo("My *first* words");
        assertThat(body.get("articleId").getStringValue()).as("the gateway checks the article before an edit").isEqualTo(article);
        assertThat(body.get("status").getStringValue()).isEqualTo("pending");
        assertThat(body.get("editableUntil").getStringValue()).isEqualTo(calls.tree(held.body()).get("editableUntil").getStringValue());
        assertThat(own.body()).doesNotContain("@", token);
        assertThat(calls.http.send(HttpRequest.GET("/comments/" + id + "/editable").header("X-Edit-Token", forged(token)))
                .status()).isEqualTo(403);
        clock.advance(Duration.ofMinutes(16));
        assertThat(calls.http.send(HttpRequest.GET("/comments/" + id + "/editable").header("X-Edit-Token", token)).status()).isEqualTo(403);
    }

    @Test
    void editAfterTheWindowIsForbidden() {
        Posted posted = postApproved("Too late to fix");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(edit(posted.id(), posted.token(), "Fixed").status()).isEqualTo(403);
        assertThat(delete(posted.id(), posted.token()).status()).isEqualTo(403);
        assertThat(calls.http.get("/comments/" + posted.id()).body()).contains("Too late to fix");
    }

    @Test
    void wrongMissingOrMalformedTokensAreForbiddenNeverAServerError() {
        Posted posted = postApproved("Guarded");
        String wrong = posted.token().substring(0, 42) + (posted.token().endsWith("A") ? "B" : "A");

        for (String token : new String[] {null, "", wrong, "short", posted.token() + "x", "../../etc/passwd", "%00", "{\"$ne\":\"\"}"}) {
            assertThat(edit(posted.id(), token, "Hijacked").status()).as(String.valueOf(token)).isEqualTo(403);
        }
        assertThat(edit("not-an-id", posted.token(), "Hijacked").status()).isEqualTo(404);
        assertThat(edit(new ObjectId().toHexString(), posted.token(), "Hijacked").status()).isEqualTo(404);
        assertThat(calls.http.get("/comments/" + posted.id()).body()).contains("Guarded");
    }

    @Test
    void theTokenOfOneCommentDoesNotOpenAnother() {
        Posted mine = postApproved("Mine");
        Posted theirs = postApproved("Theirs");

        assertThat(edit(theirs.id(), mine.token(), "Hijacked").status()).isEqualTo(403);
        assertThat(delete(theirs.id(), mine.token()).status()).isEqualTo(403);
        assertThat(calls.http.get("/comments/" + theirs.id()).body()).contains("Theirs");
    }

    @Test
    void aVisibleReplyEndsEditingAndDeletingWithConflict() {
        Posted posted = postApproved("Answered soon");
        calls.approved(article, "An answer", posted.id());

        assertThat(edit(posted.id(), posted.token(), "Changed after the answer").status()).isEqualTo(409);
        assertThat(delete(posted.id(), posted.token()).status()).isEqualTo(409);
    }

    @Test
    void aPendingReplyDoesNotEndEditing() {
        Posted posted = postApproved("Not answered yet");
        Http.Reply reply = calls.post(article, CommentCalls.form(CommentCalls.email(), "A first-time reply", posted.id()));
        assertThat(calls.status(reply)).isEqualTo("pending");

        assertThat(edit(posted.id(), posted.token(), "Still mine to change").status()).isEqualTo(200);
    }

    @Test
    void aCommentAModeratorDeletedForGoodIsNotFoundWithItsToken() {
        Posted posted = postApproved("Removed by a moderator");

        assertThat(calls.delete(posted.id()).status()).isEqualTo(204);

        assertThat(edit(posted.id(), posted.token(), "Back again").status()).isEqualTo(404);
        assertThat(delete(posted.id(), posted.token()).status()).isEqualTo(404);
        assertThat(calls.http.send(HttpRequest.GET("/comments/" + posted.id() + "/editable").header("X-Edit-Token", posted.token()))
                .status()).isEqualTo(404);
    }

    @Test
    void deleteMovesTheCommentToTrashAndSpendsTheToken() {
        Posted posted = postApproved("Regretted");

        Http.Reply deleted = delete(posted.id(), posted.token());
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);

        Http.Reply gone = calls.http.get("/comments/" + posted.id());
        assertThat(gone.status()).as(gone.body()).isEqualTo(404);
        assertThat(moderated("trash")).contains(posted.id());
        assertThat(edit(posted.id(), posted.token(), "Back again").status()).isEqualTo(403);
        assertThat(delete(posted.id(), posted.token()).status()).isEqualTo(403);
    }

    @Test
    void anEditAddingTwoLinksSendsTheCommentBackToPending() {
        Posted posted = postApproved("Plain words");

        Http.Reply edited = edit(posted.id(), posted.token(), "See https://a.example and https://b.example");

        assertThat(calls.tree(edited.body()).get("status").getStringValue()).isEqualTo("pending");
        assertThat(calls.http.get("/comments/" + posted.id()).status()).isEqualTo(404);
        assertThat(moderated("pending")).contains(posted.id());
    }

    @Test
    void anEditAddingLinksWithoutHttpSendsTheCommentBackToPending() {
        Posted posted = postApproved("Plain words");

        Http.Reply edited = edit(posted.id(), posted.token(), "See www.a.example and [b](//b.example)");

        assertThat(calls.tree(edited.body()).get("status").getStringValue()).isEqualTo("pending");
        assertThat(moderated("pending")).contains(posted.id());
    }

    @Test
    void anEditWithABlockedWordIsSpamButThePosterSeesPending() {
        Posted posted = postApproved("Innocent");

        Http.Reply edited = edit(posted.id(), posted.token(), "now with zzblocked");

        assertThat(calls.tree(edited.body()).get("status").getStringValue()).isEqualTo("pending");
        assertThat(moderated("spam")).contains(posted.id());
    }

    @Test
    void anEditNeverApprovesAHeldComment() {
        Http.Reply first = calls.post(article, CommentCalls.form(CommentCalls.email(), "A first comment is held", null));
        JsonNode body = calls.tree(first.body());
        assertThat(body.get("status").getStringValue()).isEqualTo("pending");

        Http.Reply edited = edit(body.get("id").getStringValue(), body.get("editToken").getStringValue(), "Edited, still held");

        assertThat(calls.tree(edited.body()).get("status").getStringValue()).isEqualTo("pending");
    }

    @Test
    void anEmptyOrOverlongEditIsABadRequestNamingContent() {
        Posted posted = postApproved("Kept as is");

        Http.Reply empty = edit(posted.id(), posted.token(), "   ");
        Http.Reply overlong = edit(posted.id(), posted.token(), "x".repeat(10_001));
        Http.Reply object = calls.http.send(HttpRequest.PUT("/comments/" + posted.id(), "{\"content\":{\"$ne\":\"\"}}")
                .header("X-Edit-Token", posted.token()));

        for (Http.Reply bad : new Http.Reply[] {empty, overlong, object}) {
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            assertThat(bad.body()).contains("content");
        }
        assertThat(calls.http.get("/comments/" + posted.id()).body()).contains("Kept as is");
    }

    /** The token with its first character changed (to another one, whatever it was). */
    private static String forged(String token) {
        return (token.charAt(0) == 'x' ? "y" : "x") + token.substring(1);
    }
}
