package org.newsroom.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.ArticlePageTest.COMMENT_ID;
import static org.newsroom.gateway.ArticlePageTest.html;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/**
 * A poster without script changes their comment: the edit cookie the form post left shows them (only)
 * an "Edit" link, and the edit page goes through the same edit and deletion as the JSON API.
 */
class OwnCommentPagesTest extends FakeBackendsTest {

    private static final String TOKEN = "Edit_token-" + "a".repeat(32);
    private static final Instant WINDOW_END = Instant.parse("2030-01-02T10:15:00Z");
    private static final String COOKIE = "comment-edit-" + COMMENT_ID + "=" + TOKEN + "." + WINDOW_END.getEpochSecond();
    private static final String EDIT_PAGE = "/articles/" + SLUG + "/comments/" + COMMENT_ID + "/edit";
    private static final Map<String, String> BROWSER = Map.of("Accept", "text/html,*/*;q=0.8", "Cookie", COOKIE);

    @BeforeAll
    static void start() {
        backends = ArticlePageTest.pagesGateway(Map.of());
        warmUp("/articles/" + SLUG);
    }

    private static void theServiceKnowsTheComment(String status) {
        backends.comments.stubFor(get(urlEqualTo("/comments/" + COMMENT_ID + "/editable")).withHeader("X-Edit-Token", equalTo(TOKEN))
                .willReturn(okJson("{\"id\":\"" + COMMENT_ID + "\",\"articleId\":\"" + ID + "\",\"content\":\"My <b>first</b> words\","
                        + "\"status\":\"" + status + "\",\"editableUntil\":\"2030-01-02T10:15:00Z\"}")));
    }

    /** Unless a test says otherwise, the poster's token opens their comment, of the published article {@link FakeBackends#ID}. */
    @BeforeEach
    void theTokenOpensTheComment() {
        theServiceKnowsTheComment("approved");
    }

    private static String editCookie(FakeBackends.Reply reply) {
        return reply.response().headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("comment-edit-"))
                .findFirst().orElse(null);
    }

    @Test
    void onlyThePosterSeesAnEditLinkAndTheirPageIsNeitherTaggedNorStored() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        FakeBackends.Reply everyone = backends.get("/articles/" + SLUG);

        FakeBackends.Reply poster = backends.get("/articles/" + SLUG, Map.of("Cookie", COOKIE, "If-None-Match", everyone.header("ETag")));

        assertThat(html(everyone).select(".edit-link")).isEmpty();
        assertThat(everyone.header("ETag")).isNotNull();
        assertThat(everyone.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(everyone.header("Vary")).containsIgnoringCase("Cookie");
        assertThat(poster.status()).isEqualTo(200);
        assertThat(html(poster).select("#comment-" + COMMENT_ID + " .edit-link").attr("href")).isEqualTo(EDIT_PAGE);
        assertThat(poster.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(poster.header("ETag")).isNull();
        assertThat(poster.body()).doesNotContain(TOKEN);
        FakeBackends.Reply afterwards = backends.get("/articles/" + SLUG);
        assertThat(html(afterwards).select(".edit-link")).isEmpty();
        assertThat(afterwards.header("ETag")).isEqualTo(everyone.header("ETag"));
        FakeBackends.Reply otherComment = backends.get("/articles/" + SLUG, Map.of("Cookie", "comment-edit-" + "b".repeat(24) + "=" + TOKEN));
        assertThat(html(otherComment).select(".edit-link")).isEmpty();
    }

    @Test
    void aCommentWithAVisibleReplyOffersNoEditLinkButTheReplyOfTheSamePosterDoes() {
        String replyId = "c".repeat(24);
        String reply = FakeBackends.comment(replyId, "A reply").replace("\"parentId\":null", "\"parentId\":\"" + COMMENT_ID + "\"");
        backends.commentsAnswer(okJson("{\"items\":[" + FakeBackends.comment(COMMENT_ID, "Answered").replace("\"replies\":[]",
                "\"replies\":[" + reply + "]") + "],\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1,\"count\":2}"));
        String cookies = COOKIE + "; comment-edit-" + replyId + "=" + TOKEN + "." + WINDOW_END.getEpochSecond();

        Document page = html(backends.get("/articles/" + SLUG, Map.of("Cookie", cookies)));

        assertThat(page.getElementById("comment-" + COMMENT_ID).select(".edit-link")).isEmpty();
        assertThat(page.select("#comment-" + replyId + " .edit-link").attr("href"))
                .isEqualTo("/articles/" + SLUG + "/comments/" + replyId + "/edit");
    }

    @Test
    void theEditPageShowsTheTextTheyWroteUntilWhenAndPostsToItself() {
        theServiceKnowsTheComment("pending");

        FakeBackends.Reply reply = backends.get(EDIT_PAGE, BROWSER);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("private, no-store");
        Document page = html(reply);
        assertThat(page.selectFirst("#comment").val()).isEqualTo("My <b>first</b> words");
        assertThat(page.select("b")).isEmpty();
        assertThat(page.selectFirst("#edit-form").attr("method")).isEqualTo("post");
        assertThat(page.selectFirst("#edit-form").attr("action")).isEqualTo(EDIT_PAGE);
        assertThat(page.selectFirst("#edit-window").text()).contains("January 2, 2030 at 10:15 UTC", "awaiting moderation");
        assertThat(page.selectFirst("#delete").attr("value")).isEqualTo("delete");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(reply.body()).doesNotContain(TOKEN);
    }

    @Test
    void withoutTheCookieNobodyElseCanOpenOrPostTheEditPage() {
        FakeBackends.Reply page = backends.get(EDIT_PAGE);
        FakeBackends.Reply post = backends.postForm(EDIT_PAGE, "intent=delete", Map.of("Accept", "text/html"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(html(page).selectFirst("#form-message").text()).contains("only be changed from the browser it was posted from");
        assertThat(html(page).selectFirst("#edit-form")).isNull();
        assertThat(post.status()).isEqualTo(403);
        backends.comments.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void savingGoesThroughTheSameEditAndReturnsToTheCommentOnItsPage() {
        backends.comments.stubFor(put(urlEqualTo("/comments/" + COMMENT_ID)).withHeader("X-Edit-Token", equalTo(TOKEN))
                .willReturn(okJson("{\"id\":\"" + COMMENT_ID + "\",\"content\":\"Fixed & done\",\"status\":\"approved\"}")));
        backends.comments.stubFor(get(urlPathEqualTo("/comments/" + COMMENT_ID + "/position"))
                .willReturn(okJson("{\"id\":\"" + COMMENT_ID + "\",\"rootId\":\"" + COMMENT_ID + "\",\"page\":2,\"size\":20}")));

        FakeBackends.Reply reply = backends.postForm(EDIT_PAGE, "content=Fixed+%26+done&intent=save", BROWSER);

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/articles/" + SLUG + "?cpage=2#comment-" + COMMENT_ID);
        backends.comments.verify(putRequestedFor(urlEqualTo("/comments/" + COMMENT_ID)).withHeader("X-Edit-Token", equalTo(TOKEN))
                .withRequestBody(equalToJson("{\"content\":\"Fixed & done\"}")));
    }

    @Test
    void anEditHeldForModerationReturnsToTheNoteWithTheEditLink() {
        backends.comments.stubFor(put(urlEqualTo("/comments/" + COMMENT_ID))
                .willReturn(okJson("{\"id\":\"" + COMMENT_ID + "\",\"status\":\"pending\"}")));
        // held again: the threads show another comment, not this one
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello").replace(COMMENT_ID, "b".repeat(24))));

        FakeBackends.Reply reply = backends.postForm(EDIT_PAGE, "content=Two+links+now", BROWSER);

        assertThat(reply.status()).isEqualTo(303);
        String location = reply.header("Location");
        assertThat(location).startsWith("/articles/" + SLUG + "?awaiting=");
        String noteCookie = reply.response().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("awaiting-moderation="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Document note = html(backends.get(location.substring(0, location.indexOf('#')), Map.of("Cookie", COOKIE + "; " + noteCookie)));
        assertThat(note.selectFirst("#awaiting-moderation #awaiting-edit-link").attr("href")).isEqualTo(EDIT_PAGE);
        Document withoutCookie = html(backends.get(location.substring(0, location.indexOf('#'))));
        assertThat(withoutCookie.selectFirst("#awaiting-edit-link")).isNull();
    }

    @Test
    void anInvalidEditIsTheFormAgainWithWhatWasTypedAndTheReason() {
        backends.comments.stubFor(put(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":400,\"errors\":[{\"field\":\"content\",\"message\":\"must be at most 10000 characters\"}]}")));

        FakeBackends.Reply reply = backends.postForm(EDIT_PAGE, "content=Too+%3Clong%3E&intent=save", BROWSER);

        assertThat(reply.status()).isEqualTo(400);
        Document page = html(reply);
        assertThat(page.selectFirst("#form-message").text()).isEqualTo("Comment must be at most 10000 characters.");
        assertThat(page.selectFirst("#edit-form")).isNotNull();
        assertThat(page.selectFirst("#comment").val()).isEqualTo("Too <long>");
    }

    @Test
    void aRefusedTextIsMarkedInvalidDescribedByItsReasonAndTheEditWindowStillShows() {
        backends.comments.stubFor(put(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":400,\"errors\":[{\"field\":\"content\",\"message\":\"must not be blank\"}]}")));

        Document refused = html(backends.postForm(EDIT_PAGE, "content=+&intent=save", BROWSER));
        Document fresh = html(backends.get(EDIT_PAGE, BROWSER));

        assertThat(refused.selectFirst("#comment").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.selectFirst("#comment").attr("aria-describedby")).isEqualTo("form-message");
        assertThat(refused.selectFirst("#form-message").text()).isEqualTo("Comment must not be blank.");
        assertThat(refused.selectFirst("#edit-window").text()).contains("January 2, 2030 at 10:15 UTC");
        assertThat(fresh.selectFirst("#comment").hasAttr("aria-invalid")).isFalse();
        assertThat(fresh.selectFirst("#comment").hasAttr("aria-describedby")).isFalse();
        assertThat(fresh.selectFirst("#comment").attr("dir")).isEqualTo("auto");
    }

    @Test
    void pastTheWindowOrOnceAnsweredThePageSaysSoAndTheBrowserForgetsTheToken() {
        backends.comments.stubFor(get(urlEqualTo("/comments/" + COMMENT_ID + "/editable")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":403}")));
        String passedWindow = "comment-edit-" + COMMENT_ID + "=" + TOKEN + "." + Instant.parse("2024-03-04T10:15:00Z").getEpochSecond();
        FakeBackends.Reply late = backends.get(EDIT_PAGE, Map.of("Accept", "text/html", "Cookie", passedWindow));
        backends.comments.stubFor(get(urlEqualTo("/comments/" + COMMENT_ID + "/editable")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":409}")));
        FakeBackends.Reply answered = backends.postForm(EDIT_PAGE, "content=Kept+words", BROWSER);

        assertThat(late.status()).isEqualTo(403);
        assertThat(html(late).selectFirst("#form-message").text()).isEqualTo("The time to change this comment is over.");
        assertThat(html(late).selectFirst("#edit-form")).isNull();
        assertThat(editCookie(late)).startsWith("comment-edit-" + COMMENT_ID + "=;").contains("Max-Age=0", "Path=/articles/" + SLUG);
        assertThat(answered.status()).isEqualTo(409);
        assertThat(html(answered).selectFirst("#form-message").text()).contains("Someone has replied");
        assertThat(html(answered).selectFirst("#comment").val()).isEqualTo("Kept words");
        assertThat(editCookie(answered)).contains("Max-Age=0");
    }

    @Test
    void aTokenRefusedWhileItsWindowIsOpenIsNotSaidToBeLate() {
        backends.comments.stubFor(get(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(okJson(FakeBackends.comment(COMMENT_ID, "Still shown"))));
        backends.comments.stubFor(get(urlEqualTo("/comments/" + COMMENT_ID + "/editable")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":403}")));
        backends.comments.stubFor(put(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":403}")));

        FakeBackends.Reply page = backends.get(EDIT_PAGE, BROWSER);
        FakeBackends.Reply save = backends.postForm(EDIT_PAGE, "content=Forged+words&intent=save", BROWSER);

        for (FakeBackends.Reply refused : List.of(page, save)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(html(refused).selectFirst("#form-message").text()).contains("only be changed from the browser it was posted from")
                    .doesNotContain("time");
            assertThat(html(refused).selectFirst("#edit-form")).isNull();
            assertThat(editCookie(refused)).contains("Max-Age=0");
        }
    }

    private static final String DUPLICATE_DETAIL = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
            + "\"detail\":\"This comment was already posted.\"}";

    @Test
    void anEditToTheWordsOfAnotherOfTheirCommentsIsADuplicateShownWithWhatWasTypedAndTheCookieKept() {
        backends.comments.stubFor(put(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody(DUPLICATE_DETAIL)));

        FakeBackends.Reply reply = backends.postForm(EDIT_PAGE, "content=My+other+comment&intent=save", BROWSER);

        assertThat(reply.status()).isEqualTo(409);
        Document page = html(reply);
        assertThat(page.selectFirst("#form-message").text()).contains("Another of your comments here already says exactly this")
                .doesNotContain("replied");
        assertThat(page.selectFirst("#edit-form #comment").val()).isEqualTo("My other comment");
        assertThat(editCookie(reply)).as("the comment can still be changed").isNull();
    }

    @Test
    void aReplyThatAppearsBetweenTheCheckAndTheSaveIsStillSaidToBeAReply() {
        backends.comments.stubFor(get(urlEqualTo("/comments/" + COMMENT_ID + "/editable")).inScenario("reply").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"id\":\"" + COMMENT_ID + "\",\"articleId\":\"" + ID + "\",\"content\":\"x\",\"status\":\"approved\"}"))
                .willSetStateTo("answered"));
        backends.comments.stubFor(get(urlEqualTo("/comments/" + COMMENT_ID + "/editable")).inScenario("reply").whenScenarioStateIs("answered")
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json").withBody("{\"status\":409}")));
        backends.comments.stubFor(put(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":409}")));

        FakeBackends.Reply reply = backends.postForm(EDIT_PAGE, "content=Late+words&intent=save", BROWSER);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(html(reply).selectFirst("#form-message").text()).contains("Someone has replied");
        assertThat(editCookie(reply)).contains("Max-Age=0");
    }

    @Test
    void aSecondClickOnDeleteAfterTheFirstDeletedTheCommentSaysItIsDeleted() {
        backends.comments.stubFor(delete(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":403}")));
        backends.comments.stubFor(get(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));

        FakeBackends.Reply second = backends.postForm(EDIT_PAGE, "intent=delete", BROWSER);

        assertThat(second.status()).isEqualTo(410);
        assertThat(html(second).selectFirst("#form-message").text()).isEqualTo("This comment has been deleted.")
                .doesNotContain("browser");
        assertThat(html(second).selectFirst("#edit-form")).isNull();
        assertThat(editCookie(second)).contains("Max-Age=0");
    }

    @Test
    void aCookieWhoseWindowIsOverOffersNoEditLinkAndLeavesThePageShared() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        String passedWindow = "comment-edit-" + COMMENT_ID + "=" + TOKEN + "." + Instant.now().minusSeconds(60).getEpochSecond();

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG, Map.of("Cookie", passedWindow));

        assertThat(html(reply).select(".edit-link")).isEmpty();
        assertThat(reply.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(reply.header("ETag")).isNotNull();
    }

    @Test
    void aCookieHoldingTheTokenAloneStillOpensTheEditPage() {
        theServiceKnowsTheComment("approved");

        FakeBackends.Reply reply = backends.get(EDIT_PAGE, Map.of("Cookie", "comment-edit-" + COMMENT_ID + "=" + TOKEN));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void aCommentDeletedByAModeratorIsSaidToBeGoneAndTheBrowserForgetsTheToken() {
        backends.comments.stubFor(get(urlEqualTo("/comments/" + COMMENT_ID + "/editable")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));

        FakeBackends.Reply gone = backends.get(EDIT_PAGE, BROWSER);

        assertThat(gone.status()).isEqualTo(404);
        assertThat(html(gone).selectFirst("#form-message").text()).isEqualTo("This comment no longer exists.");
        assertThat(html(gone).selectFirst("#edit-form")).isNull();
        assertThat(editCookie(gone)).contains("Max-Age=0");
    }

    @Test
    void deletingGoesThroughTheSameDeletionAndForgetsTheToken() {
        backends.comments.stubFor(delete(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(204)));

        FakeBackends.Reply reply = backends.postForm(EDIT_PAGE, "content=whatever&intent=delete", BROWSER);

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/articles/" + SLUG + "#comments");
        assertThat(editCookie(reply)).contains("Max-Age=0");
        backends.comments.verify(deleteRequestedFor(urlEqualTo("/comments/" + COMMENT_ID)).withHeader("X-Edit-Token", equalTo(TOKEN)));
    }

    @Test
    void anEditTheServiceFindsTooLargeIsTheFormAgainWithWhatWasTyped() {
        backends.comments.stubFor(put(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(413)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":413}")));

        FakeBackends.Reply reply = backends.postForm(EDIT_PAGE, "content=" + "%E5%AD%97".repeat(9_000) + "&intent=save", BROWSER);

        assertThat(reply.status()).isEqualTo(413);
        Document page = html(reply);
        assertThat(page.selectFirst("#form-message").text()).contains("at most 10,000 characters").doesNotContain("Back button");
        assertThat(page.selectFirst("#comment").val()).hasSize(9_000);
    }

    @Test
    void anEditOver64KiBOnceDecodedIsTooLargeWithWhatWasTyped() {
        FakeBackends.Reply reply = backends.postForm(EDIT_PAGE, "content=" + "x".repeat(70_000) + "&intent=save", BROWSER);

        assertThat(reply.status()).isEqualTo(413);
        Document page = html(reply);
        assertThat(page.selectFirst("#form-message").text()).contains("at most 10,000 characters").doesNotContain("Back button");
        assertThat(page.selectFirst("#comment").val()).hasSize(70_000);
        backends.comments.verify(0, putRequestedFor(urlEqualTo("/comments/" + COMMENT_ID)));
    }

    @Test
    void anEditOverTheSizeLimitIsTheFormAgainSayingItWasTooLong() {
        FakeBackends.Reply reply = backends.postForm(EDIT_PAGE, "content=" + "x".repeat(140_000), BROWSER);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(html(reply).selectFirst("#form-message").text()).contains("too long", "Back button");
        backends.comments.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aFormPostLeavesTheCookieThatOpensTheEditPage() {
        Instant windowEnd = Instant.now().plus(Duration.ofMinutes(15));
        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(ReplyFormTest.createdWithToken(COMMENT_ID, "approved", TOKEN,
                        windowEnd))));
        theServiceKnowsTheComment("approved");

        FakeBackends.Reply posted = backends.postForm("/articles/" + SLUG + "/comments",
                "authorName=Dana&authorEmail=dana%40example.org&content=Hi", Map.of("Accept", "text/html"));
        String cookie = editCookie(posted).split(";")[0];

        assertThat(cookie).isEqualTo("comment-edit-" + COMMENT_ID + "=" + TOKEN + "." + windowEnd.getEpochSecond());
        assertThat(backends.get(EDIT_PAGE, Map.of("Cookie", cookie)).status()).isEqualTo(200);
        assertThat(List.of(posted.header("Location"))).noneMatch(location -> location.contains(TOKEN));
    }

    @Test
    void whileCommentsAreClosedThePageSaysSoInsteadOfTheFormAndStillOffersDeletion() {
        backends.articles.stubFor(get(urlEqualTo("/articles/by-id/" + ID)).willReturn(okJson(FakeBackends.article(ID, SLUG, "published", "closed"))));

        FakeBackends.Reply page = backends.get(EDIT_PAGE, BROWSER);
        FakeBackends.Reply save = backends.postForm(EDIT_PAGE, "content=New+words&intent=save", BROWSER);

        assertThat(page.status()).isEqualTo(403);
        assertThat(html(page).selectFirst("#comment").val()).isEqualTo("My <b>first</b> words");
        assertThat(save.status()).isEqualTo(403);
        assertThat(html(save).selectFirst("#comment").val()).isEqualTo("New words");
        for (FakeBackends.Reply refused : List.of(page, save)) {
            Document shown = html(refused);
            assertThat(shown.selectFirst("#form-message").text()).isEqualTo(
                    "Comments are closed on this article, so your comment can no longer be changed. You can still delete it.");
            assertThat(shown.selectFirst("#edit-form")).isNull();
            assertThat(shown.selectFirst("#comment").hasAttr("readonly")).isTrue();
            assertThat(shown.selectFirst("#delete-form").attr("action")).isEqualTo(EDIT_PAGE);
            assertThat(shown.selectFirst("#delete-form #delete").attr("value")).isEqualTo("delete");
            assertThat(editCookie(refused)).isNull();
        }
        backends.comments.verify(0, putRequestedFor(urlEqualTo("/comments/" + COMMENT_ID)));
    }

    @Test
    void onceTheArticleIsNoLongerPublishedThePageSaysSoAndTheCommentCanStillBeDeleted() {
        backends.articles.stubFor(get(urlEqualTo("/articles/by-id/" + ID)).willReturn(aResponse().withStatus(404)));
        backends.comments.stubFor(delete(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(204)));

        FakeBackends.Reply page = backends.get(EDIT_PAGE, BROWSER);
        FakeBackends.Reply save = backends.postForm(EDIT_PAGE, "content=New+words&intent=save", BROWSER);
        FakeBackends.Reply deleted = backends.postForm(EDIT_PAGE, "intent=delete", BROWSER);

        for (FakeBackends.Reply refused : List.of(page, save)) {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(html(refused).selectFirst("#form-message").text()).isEqualTo(
                    "This article is no longer published, so your comment can no longer be changed. You can still delete it.");
            assertThat(html(refused).selectFirst("#edit-form")).isNull();
            assertThat(html(refused).selectFirst("#delete-form #delete")).isNotNull();
        }
        assertThat(deleted.status()).isEqualTo(303);
        backends.comments.verify(0, putRequestedFor(urlEqualTo("/comments/" + COMMENT_ID)));
        backends.comments.verify(deleteRequestedFor(urlEqualTo("/comments/" + COMMENT_ID)).withHeader("X-Edit-Token", equalTo(TOKEN)));
    }

    @Test
    void anEditSentWithoutAnAnswerSaysItMayBeSavedAndGivesBackWhatWasTyped() {
        backends.comments.stubFor(put(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        FakeBackends.Reply save = backends.postForm(EDIT_PAGE, "content=New+words&intent=save", BROWSER);

        assertThat(save.status()).isEqualTo(504);
        assertThat(html(save).selectFirst("#form-message").text()).isEqualTo("The service did not confirm your change, so it may still have been made. "
                + "Look at your comment on the article's page before trying again.");
        assertThat(html(save).selectFirst("#edit-form #comment").val()).isEqualTo("New words");
    }

    @Test
    void withArticlesServiceDownAnEditIsTheFormAgainWithWhatWasTypedAsAPostIs() {
        backends.articles.stop();

        FakeBackends.Reply save = backends.postForm(EDIT_PAGE, "content=New+words&intent=save", BROWSER);

        assertThat(save.status()).isEqualTo(503);
        assertThat(html(save).selectFirst("#form-message").text()).isEqualTo("Your comment could not be reached right now. Please try again shortly.");
        assertThat(html(save).selectFirst("#edit-form #comment").val()).isEqualTo("New words");
        backends.comments.verify(0, putRequestedFor(urlEqualTo("/comments/" + COMMENT_ID)));
    }
}
