package org.newsroom.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.ArticlePageTest.COMMENT_ID;
import static org.newsroom.gateway.ArticlePageTest.html;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** The reply form without script: urlencoded post → 303 to the comment or the poster's moderation note; refusals re-show the form. */
class ReplyFormTest extends FakeBackendsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NEW_ID = "fedcba9876543210fedcba98";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        backends = ArticlePageTest.pagesGateway(Map.of());
        warmUp("/articles/" + SLUG);
    }

    private static Map<String, String> typed() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("authorName", "Dana <b>D</b>");
        fields.put("authorEmail", "dana@example.org");
        fields.put("authorUrl", "");
        fields.put("content", "My \"first\" comment & more");
        fields.put("parentId", "");
        return fields;
    }

    private FakeBackends.Reply postForm(Map<String, String> fields) {
        return send("application/x-www-form-urlencoded", encoded(fields));
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private FakeBackends.Reply send(String contentType, String body) {
        return send(contentType, body, "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    private FakeBackends.Reply send(String contentType, String body, String accept) {
        return backends.postForm("/articles/" + SLUG + "/comments", body, Map.of("Content-Type", contentType, "Accept", accept));
    }

    private void commentsServiceAnswers(int status, String body) {
        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", status == 201 ? "application/json" : PROBLEM).withBody(body)));
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
    }

    private static String created(String status) {
        return "{\"id\":\"" + NEW_ID + "\",\"parentId\":null,\"authorName\":\"Dana\",\"authorUrl\":null,\"content\":\"x\","
                + "\"contentHtml\":\"<p>x</p>\",\"createdAt\":\"2024-03-04T10:00:00Z\",\"replies\":[],\"status\":\"" + status + "\"}";
    }

    static String createdWithToken(String id, String status, String token, Instant editableUntil) {
        return "{\"id\":\"" + id + "\",\"parentId\":null,\"authorName\":\"Dana\",\"authorUrl\":null,\"content\":\"x\","
                + "\"contentHtml\":\"<p>x</p>\",\"createdAt\":\"2024-03-04T10:00:00Z\",\"replies\":[],\"status\":\"" + status + "\","
                + "\"editToken\":\"" + token + "\",\"editableUntil\":\"" + editableUntil + "\"}";
    }

    @Test
    void theFormIsPostedAsTheJsonApiTakesItWithNotifyAsABoolean() {
        commentsServiceAnswers(201, created("approved"));
        Map<String, String> fields = typed();
        fields.put("authorUrl", "https://dana.example");
        fields.put("notify", "true");

        postForm(fields);

        backends.comments.verify(postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("X-Client-IP", equalTo("127.0.0.1"))
                .withRequestBody(equalToJson("{\"authorName\":\"Dana <b>D</b>\",\"authorEmail\":\"dana@example.org\","
                        + "\"authorUrl\":\"https://dana.example\",\"content\":\"My \\\"first\\\" comment & more\",\"parentId\":null,"
                        + "\"notify\":true}")));
    }

    @Test
    void anApprovedCommentRedirectsToItself() {
        commentsServiceAnswers(201, created("approved"));

        FakeBackends.Reply reply = postForm(typed());

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/articles/" + SLUG + "#comment-" + NEW_ID);
    }

    @Test
    void anApprovedReplyWhoseThreadIsOnALaterCommentPageRedirectsToThatPage() {
        commentsServiceAnswers(201, created("approved"));
        backends.comments.stubFor(get(urlPathEqualTo("/comments/" + NEW_ID + "/position")).withQueryParam("size", equalTo("20"))
                .willReturn(okJson("{\"id\":\"" + NEW_ID + "\",\"rootId\":\"" + COMMENT_ID + "\",\"page\":3,\"size\":20}")));
        Map<String, String> reply = typed();
        reply.put("parentId", COMMENT_ID);

        FakeBackends.Reply answer = postForm(reply);

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/articles/" + SLUG + "?cpage=3#comment-" + NEW_ID);
    }

    @Test
    void theEditTokenOfAFormPostIsKeptInAStrictHttpOnlySecureCookieOfTheArticleOnly() {
        String token = "T0ken_-" + "x".repeat(36);
        Instant until = Instant.now().plus(Duration.ofMinutes(15));
        commentsServiceAnswers(201, createdWithToken(NEW_ID, "approved", token, until));

        FakeBackends.Reply answer = postForm(typed());

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).doesNotContain(token);
        assertThat(answer.body()).doesNotContain(token);
        String cookie = answer.response().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("comment-edit-")).findFirst()
                .orElseThrow();
        assertThat(cookie).startsWith("comment-edit-" + NEW_ID + "=" + token + "." + until.getEpochSecond() + ";").contains("; Path=/articles/" + SLUG + ";", "; Secure")
                .containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Strict");
        long maxAge = Long.parseLong(cookie.replaceAll(".*Max-Age=(\\d+).*", "$1"));
        assertThat(maxAge).as("an hour past the window, so that a late form is told the time is over").isBetween(3601L, 3600L + 900L);
    }

    @Test
    void aHeldCommentRedirectsToTheNoteOnlyItsPosterSees() {
        commentsServiceAnswers(201, created("pending"));

        FakeBackends.Reply reply = postForm(typed());

        assertThat(reply.status()).isEqualTo(303);
        String location = reply.header("Location");
        assertThat(location).startsWith("/articles/" + SLUG + "?awaiting=").endsWith("#awaiting-moderation").doesNotContain("dana");
        String noteCookie = reply.response().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("awaiting-moderation="))
                .findFirst().orElseThrow();
        assertThat(noteCookie).contains("; Path=/articles/" + SLUG + ";").containsIgnoringCase("; HttpOnly");
        FakeBackends.Reply note = backends.get(location.substring(0, location.indexOf('#')),
                Map.of("Cookie", noteCookie.substring(0, noteCookie.indexOf(';'))));
        assertThat(note.status()).isEqualTo(200);
        assertThat(note.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(note.header("ETag")).isNull();
        assertThat(html(note).selectFirst("#awaiting-moderation").text()).contains("awaiting moderation");

        FakeBackends.Reply everyoneElse = backends.get("/articles/" + SLUG);
        assertThat(html(everyoneElse).selectFirst("#awaiting-moderation")).isNull();
        FakeBackends.Reply sharedLink = backends.get(location.substring(0, location.indexOf('#')));
        assertThat(html(sharedLink).selectFirst("#awaiting-moderation")).as("the link without the poster's cookie").isNull();
        String forged = location.substring(0, location.indexOf('#')).replaceFirst("awaiting=[0-9a-f]{24}", "awaiting=" + COMMENT_ID);
        assertThat(html(backends.get(forged)).selectFirst("#awaiting-moderation")).isNull();
    }

    /** The poster of a held comment back on the page its 303 named (with the note cookie), once comments-service shows {@code threads}. */
    private FakeBackends.Reply thePosterOfAHeldCommentReturnsWhenTheThreadsAre(String threads) {
        commentsServiceAnswers(201, created("pending"));
        FakeBackends.Reply posted = postForm(typed());
        backends.commentsAnswer(okJson(threads));
        String location = posted.header("Location");
        String noteCookie = posted.response().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("awaiting-moderation="))
                .findFirst().orElseThrow();
        return backends.get(location.substring(0, location.indexOf('#')), Map.of("Cookie", noteCookie.substring(0, noteCookie.indexOf(';'))));
    }

    @Test
    void theNoteIsGoneOnceAModeratorApprovedTheCommentAndItShowsInTheThreads() {
        FakeBackends.Reply page = thePosterOfAHeldCommentReturnsWhenTheThreadsAre("{\"items\":[" + FakeBackends.comment(NEW_ID, "Approved since")
                + "],\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1,\"count\":1}");

        assertThat(page.status()).isEqualTo(200);
        assertThat(html(page).getElementById("comment-" + NEW_ID)).isNotNull();
        assertThat(html(page).selectFirst("#awaiting-moderation")).isNull();
    }

    @Test
    void theNoteIsGoneOnceTheApprovedCommentShowsOnAnotherCommentPage() {
        backends.comments.stubFor(get(urlPathEqualTo("/comments/" + NEW_ID + "/position"))
                .willReturn(okJson("{\"id\":\"" + NEW_ID + "\",\"rootId\":\"" + NEW_ID + "\",\"page\":2,\"size\":20}")));

        FakeBackends.Reply page = thePosterOfAHeldCommentReturnsWhenTheThreadsAre(FakeBackends.commentPage("Hello"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(html(page).selectFirst("#awaiting-moderation")).isNull();
    }

    private static String cookieOf(FakeBackends.Reply reply, String name) {
        return reply.response().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
    }

    /** The form posted with "Notify me of follow-up comments by email" ticked, comments-service taking it as {@code status}. */
    private FakeBackends.Reply postedAskingForReplyMail(String status) {
        commentsServiceAnswers(201, created(status));
        Map<String, String> fields = typed();
        fields.put("notify", "true");
        return postForm(fields);
    }

    @Test
    void anApprovedCommentPostedAskingForReplyMailShowsItsPosterToConfirmItWithoutTheAddress() {
        FakeBackends.Reply posted = postedAskingForReplyMail("approved");
        backends.commentsAnswer(okJson("{\"items\":[" + FakeBackends.comment(NEW_ID, "Mine") + "],\"page\":1,\"size\":20,"
                + "\"total\":1,\"totalPages\":1,\"count\":1}"));
        String cookie = cookieOf(posted, "reply-notify-asked");
        FakeBackends.Reply poster = backends.get("/articles/" + SLUG, Map.of("Cookie", cookie));
        FakeBackends.Reply everyoneElse = backends.get("/articles/" + SLUG);

        assertThat(posted.header("Location")).isEqualTo("/articles/" + SLUG + "#comment-" + NEW_ID);
        assertThat(cookie).isEqualTo("reply-notify-asked=" + NEW_ID);
        assertThat(html(poster).selectFirst("#comment-" + NEW_ID + " #notify-note").text()).contains("confirmation email");
        assertThat(poster.body()).doesNotContain("dana@example.org");
        assertThat(poster.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(html(everyoneElse).selectFirst("#notify-note")).isNull();
    }

    @Test
    void aHeldCommentPostedAskingForReplyMailSaysSoWithTheModerationNote() {
        FakeBackends.Reply posted = postedAskingForReplyMail("pending");
        String location = posted.header("Location");
        Document note = html(backends.get(location.substring(0, location.indexOf('#')),
                Map.of("Cookie", cookieOf(posted, "awaiting-moderation") + "; " + cookieOf(posted, "reply-notify-asked"))));

        assertThat(note.selectFirst("#awaiting-moderation")).isNotNull();
        assertThat(note.selectFirst("#awaiting-moderation + #notify-note").text()).contains("confirmation email");
    }

    @Test
    void withoutAskingForReplyMailNothingIsSaidOfAConfirmation() {
        commentsServiceAnswers(201, created("pending"));

        FakeBackends.Reply posted = postForm(typed());
        String location = posted.header("Location");
        Document note = html(backends.get(location.substring(0, location.indexOf('#')),
                Map.of("Cookie", cookieOf(posted, "awaiting-moderation"))));

        assertThat(cookieOf(posted, "reply-notify-asked")).isNull();
        assertThat(note.selectFirst("#awaiting-moderation")).isNotNull();
        assertThat(note.selectFirst("#notify-note")).isNull();
    }

    @Test
    void reloadingTheFormsAddressAfterARefusalGoesBackToTheFormOnItsPage() {
        for (String method : new String[] {"GET", "HEAD"}) {
            FakeBackends.Reply first = backends.send(method, "/articles/" + SLUG + "/comments", null, Map.of("Accept", "text/html"));
            FakeBackends.Reply later = backends.send(method, "/articles/" + SLUG + "/comments?cpage=2", null, Map.of("Accept", "text/html"));

            assertThat(first.status()).as(method).isEqualTo(303);
            assertThat(first.header("Location")).isEqualTo("/articles/" + SLUG + "#respond");
            assertThat(later.status()).as(method).isEqualTo(303);
            assertThat(later.header("Location")).isEqualTo("/articles/" + SLUG + "?cpage=2#respond");
        }
    }

    @Test
    void invalidFieldsReShowTheFormWithWhatWasTypedAndTheReasons() {
        commentsServiceAnswers(400, "{\"status\":400,\"errors\":[{\"field\":\"authorEmail\",\"message\":\"must be a valid email address\"}]}");

        FakeBackends.Reply reply = postForm(typed());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        Document page = html(reply);
        assertThat(page.selectFirst("#form-message").text()).startsWith("Please correct the highlighted fields:");
        assertThat(page.selectFirst("#email-error").text()).isEqualTo("Email must be a valid email address.");
        assertThat(page.selectFirst("#email-error").hasAttr("hidden")).isFalse();
        assertThat(page.selectFirst("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#author").val()).isEqualTo("Dana <b>D</b>");
        assertThat(page.selectFirst("#comment").val()).isEqualTo("My \"first\" comment & more");
        assertThat(page.select("b")).isEmpty();
    }

    @Test
    void aRefusedFormOpensAtTheFormItsTitleSaysErrorAndItsSummaryLinksEachFieldInTheFormsOrder() {
        commentsServiceAnswers(400, "{\"status\":400,\"errors\":[{\"field\":\"authorEmail\",\"message\":\"must be a valid email address\"},"
                + "{\"field\":\"content\",\"message\":\"must not be blank\"}]}");
        Document fresh = html(backends.get("/articles/" + SLUG));

        Document page = html(postForm(typed()));

        assertThat(fresh.selectFirst("#comment-form").attr("action")).isEqualTo("/articles/" + SLUG + "/comments#respond");
        assertThat(fresh.title()).doesNotStartWith("Error");
        assertThat(page.title()).isEqualTo("Error: " + fresh.title());
        assertThat(page.selectFirst("#comment-form").attr("action")).isEqualTo("/articles/" + SLUG + "/comments#respond");
        assertThat(page.selectFirst("#respond #form-message").attr("role")).isEqualTo("alert");
        assertThat(page.select("#form-message a.error-link").eachAttr("href")).containsExactly("#comment", "#email");
        assertThat(page.select("#form-message a.error-link").eachAttr("data-field")).containsExactly("comment", "email");
        assertThat(page.select("#form-message a.error-link").eachText())
                .containsExactly("Comment must not be blank.", "Email must be a valid email address.");
        assertThat(page.selectFirst("#comment").attr("aria-describedby")).isEqualTo("comment-error");
        assertThat(page.selectFirst("#email").attr("aria-describedby")).isEqualTo("email-notes email-error");
    }

    @Test
    void aRefusalWithoutFieldsIsSaidInWordsUnderAnErrorTitle() {
        commentsServiceAnswers(409, "{\"status\":409}");

        Document page = html(postForm(typed()));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#form-message a.error-link")).isEmpty();
    }

    @Test
    void aRefusedReplyFromTheSecondCommentPageIsShownThereAgainAsAReplyToThatComment() {
        commentsServiceAnswers(409, "{\"status\":409}");
        String otherThread = FakeBackends.comment("b".repeat(24), "First thread");
        backends.comments.stubFor(get(urlPathEqualTo("/articles/" + ID + "/comments")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson("{\"items\":[" + otherThread + "],\"page\":1,\"size\":20,\"total\":21,\"totalPages\":2,\"count\":21}")));
        backends.comments.stubFor(get(urlPathEqualTo("/articles/" + ID + "/comments")).withQueryParam("page", equalTo("2"))
                .willReturn(okJson("{\"items\":[" + FakeBackends.comment(COMMENT_ID, "Last thread") + "],\"page\":2,\"size\":20,"
                        + "\"total\":21,\"totalPages\":2,\"count\":21}")));
        Document replyPage = html(backends.get("/articles/" + SLUG + "?cpage=2&replytocom=" + COMMENT_ID));
        String action = replyPage.selectFirst("#comment-form").attr("action");
        Map<String, String> reply = typed();
        reply.put("parentId", COMMENT_ID);

        // a browser sends no fragment
        FakeBackends.Reply refused = backends.postForm(action.replaceFirst("#.*", ""), encoded(reply), Map.of("Accept", "text/html"));

        assertThat(action).isEqualTo("/articles/" + SLUG + "/comments?cpage=2#respond");
        assertThat(refused.status()).isEqualTo(409);
        Document page = html(refused);
        assertThat(page.getElementById("comment-" + COMMENT_ID)).isNotNull();
        assertThat(page.selectFirst("#reply-title-text").text()).isEqualTo(replyPage.selectFirst("#reply-title-text").text())
                .isEqualTo("Reply to Dana");
        assertThat(page.selectFirst("#parent-id").val()).isEqualTo(COMMENT_ID);
        assertThat(page.selectFirst("#cancel-reply").attr("href")).as("shown under the form's address: no bare ?query")
                .isEqualTo("/articles/" + SLUG + "?cpage=2#respond");
    }

    @Test
    void aRefusedPostFromACommentPageThatIsGoneSinceStillGivesBackWhatWasTyped() {
        commentsServiceAnswers(409, "{\"status\":409}");
        backends.commentsAnswer(okJson("{\"items\":[],\"page\":3,\"size\":20,\"total\":21,\"totalPages\":2,\"count\":21}"));

        FakeBackends.Reply refused = backends.postForm("/articles/" + SLUG + "/comments?cpage=3", encoded(typed()), Map.of("Accept", "text/html"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(html(refused).selectFirst("#comment").val()).isEqualTo("My \"first\" comment & more");
    }

    @Test
    void closedDuplicateAndTooFastAreSaidInWords() {
        commentsServiceAnswers(409, "{\"status\":409}");
        assertThat(postForm(typed())).satisfies(reply -> {
            assertThat(reply.status()).isEqualTo(409);
            assertThat(html(reply).selectFirst("#form-message").text()).isEqualTo("You have already posted this comment.");
        });

        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "7").withHeader("Content-Type", PROBLEM).withBody("{\"status\":429}")));
        FakeBackends.Reply tooFast = postForm(typed());
        assertThat(tooFast.status()).isEqualTo(429);
        assertThat(tooFast.header("Retry-After")).isEqualTo("7");
        assertThat(html(tooFast).selectFirst("#form-message").text()).isEqualTo("You are posting too quickly. Please wait 7 seconds.");
        assertThat(html(tooFast).selectFirst("#comment").val()).isEqualTo("My \"first\" comment & more");

        backends.articles.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/articles/" + SLUG + "/comment-status")
                .willReturn(okJson(FakeBackends.commentStatus(ID, SLUG, "closed"))));
        FakeBackends.Reply closed = postForm(typed());
        assertThat(closed.status()).isEqualTo(403);
        assertThat(html(closed).text()).contains("Comments are closed on this article.");
    }

    @Test
    void aCommentSentWithoutAnAnswerSaysItMayBeSavedAndGivesBackWhatWasTyped() {
        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        FakeBackends.Reply reply = postForm(typed());

        assertThat(reply.status()).isEqualTo(504);
        assertThat(reply.header("Retry-After")).isNull();
        assertThat(html(reply).selectFirst("#form-message").text()).isEqualTo(
                "The service did not confirm your comment, so it may still have been saved. Look for it on the article's page before sending it again.");
        assertThat(html(reply).selectFirst("#comment").val()).isEqualTo("My \"first\" comment & more");
        backends.comments.verify(1, postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments")));
    }

    @Test
    void whileArticlesServiceIsDownARefusedPostStillGivesBackWhatWasTyped() {
        backends.articles.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/articles/" + SLUG + "/comment-status")
                .willReturn(aResponse().withStatus(503)));
        backends.articles.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/articles/" + SLUG).willReturn(aResponse().withStatus(503)));

        FakeBackends.Reply reply = postForm(typed());

        assertThat(reply.status()).isEqualTo(503);
        Document page = html(reply);
        assertThat(page.selectFirst("#message-title").text()).isEqualTo("Your comment could not be sent right now");
        assertThat(page.selectFirst("#kept-comment").val()).isEqualTo("My \"first\" comment & more");
        assertThat(page.selectFirst("label[for=kept-comment]")).isNotNull();
        backends.comments.verify(0, postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments")));
    }

    @Test
    void aPostToAClosedArticleGivesBackWhatWasTypedWithTheReason() {
        commentsServiceAnswers(201, created("approved"));
        backends.articles.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/articles/" + SLUG)
                .willReturn(okJson(FakeBackends.article(ID, SLUG, "published", "closed"))));
        backends.articles.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/articles/" + SLUG + "/comment-status")
                .willReturn(okJson(FakeBackends.commentStatus(ID, SLUG, "closed"))));
        try {
            FakeBackends.Reply closed = postForm(typed());

            assertThat(closed.status()).isEqualTo(403);
            Document page = html(closed);
            assertThat(page.selectFirst("#comments-closed")).isNotNull();
            assertThat(page.selectFirst("#form-message").text()).isEqualTo("Comments are closed on this article.");
            assertThat(page.selectFirst("#comment").val()).isEqualTo("My \"first\" comment & more");
            assertThat(page.selectFirst("#author").val()).isEqualTo("Dana <b>D</b>");
        } finally {
            backends.articles.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/articles/" + SLUG)
                    .willReturn(okJson(FakeBackends.article(ID, SLUG, "published", "open"))));
            backends.articles.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/articles/" + SLUG + "/comment-status")
                    .willReturn(okJson(FakeBackends.commentStatus(ID, SLUG, "open"))));
        }
    }

    @Test
    void aFormOverTheSizeLimitIsTheFormAgainSayingTheCommentWasTooLong() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        Map<String, String> fields = typed();
        fields.put("content", "x".repeat(140_000));

        FakeBackends.Reply reply = postForm(fields);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        Document page = html(reply);
        assertThat(page.selectFirst("#form-message").text()).contains("too long", "10,000 characters", "Back button");
        assertThat(page.selectFirst("#comment-form")).isNotNull();
        assertThat(page.selectFirst("#article-title")).isNotNull();
        backends.comments.verify(0, postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments")));
    }

    @Test
    void aCommentOfNineThousandCjkCharactersFitsTheFormThoughUrlencodedItIsOver64KiB() {
        commentsServiceAnswers(201, created("approved"));
        Map<String, String> fields = typed();
        fields.put("content", "字".repeat(9_000));
        assertThat(encoded(fields).length()).isGreaterThan(65_536);

        FakeBackends.Reply reply = postForm(fields);

        assertThat(reply.status()).isEqualTo(303);
        backends.comments.verify(postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))
                .withRequestBody(matchingJsonPath("$.content", equalTo("字".repeat(9_000)))));
    }

    @Test
    void aCommentTheServiceFindsTooLargeIsTheFormAgainWithWhatWasTyped() {
        commentsServiceAnswers(413, "{\"status\":413}");
        Map<String, String> fields = typed();
        fields.put("content", "字".repeat(9_000));

        assertTooLargeWithWhatWasTyped(postForm(fields), "字".repeat(9_000));
    }

    /** Over 64 KiB once decoded, a form is the JSON API's 413 (with what was typed); only urlencoding's growth gets more room. */
    @Test
    void aFormOver64KiBOnceDecodedIsTooLargeLikeAJsonBodyWithWhatWasTyped() {
        Map<String, String> fields = typed();
        fields.put("content", "x".repeat(70_000));

        assertTooLargeWithWhatWasTyped(postForm(fields), "x".repeat(70_000));
        backends.comments.verify(0, postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments")));
    }

    /** A 413 whose text was read: the form again with it, saying how long a comment may be (no Back button needed). */
    private static void assertTooLargeWithWhatWasTyped(FakeBackends.Reply reply, String typed) {
        assertThat(reply.status()).isEqualTo(413);
        Document page = html(reply);
        assertThat(page.selectFirst("#form-message").text()).contains("at most 10,000 characters").doesNotContain("Back button");
        assertThat(page.selectFirst("#comment").val()).isEqualTo(typed);
    }

    @ParameterizedTest
    @CsvSource({"x, 10001", "x, 40000", "字, 12000", "\uD83D\uDE00, 10001"})
    void aCommentOverTenThousandCharactersIsTheFormAgainNamingTheFieldWhateverTheFormsSize(String character, int times) {
        commentsServiceAnswers(400, "{\"status\":400,\"errors\":[{\"field\":\"content\",\"message\":\"must be at most 10000 characters\"}]}");
        Map<String, String> fields = typed();
        fields.put("content", character.repeat(times));

        FakeBackends.Reply reply = postForm(fields);

        assertThat(reply.status()).isEqualTo(400);
        Document page = html(reply);
        assertThat(page.selectFirst("#comment-error").text()).isEqualTo("Comment must be at most 10000 characters.");
        assertThat(page.selectFirst("#comment").val()).isEqualTo(character.repeat(times));
    }

    @Test
    void theJsonApiKeepsItsLimitOf64KiBForAFormToo() {
        FakeBackends.Reply reply = backends.postForm("/api/articles/" + SLUG + "/comments", "content=" + "x".repeat(70_000),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"));

        assertThat(reply.status()).isEqualTo(413);
    }

    @Test
    void aWrongContentTypeReShowsTheFormWithTheReason() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        FakeBackends.Reply reply = send("text/plain", "authorName=x");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(html(reply).selectFirst("#form-message").text()).contains("could not be read");
        backends.comments.verify(0, postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments")));
    }

    @Test
    void aPostToAnUnknownArticleIsTheNotFoundPage() {
        backends.articles.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/articles/" + SLUG + "/comment-status")
                .willReturn(aResponse().withStatus(404)));

        FakeBackends.Reply reply = postForm(typed());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(html(reply).selectFirst("h1").text()).isEqualTo("Page not found");
    }
}
