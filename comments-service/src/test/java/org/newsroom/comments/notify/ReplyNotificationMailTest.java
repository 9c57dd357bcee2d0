package org.newsroom.comments.notify;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.comments.AdjustableClock;
import org.newsroom.comments.CommentCalls;
import org.newsroom.comments.mail.MailOutbox;
import org.newsroom.comments.mail.SmtpServer;
import org.newsroom.support.testing.Http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reply mail over real SMTP (GreenMail): double opt-in first, then one mail per approved direct
 * reply with RFC 8058 one-click unsubscribe; never before approval, never to an unconfirmed or
 * unsubscribed address, never to the replier themself, and at most NOTIFY_MAX_PER_HOUR (3 here).
 */
@MicronautTest(transactional = false, packages = "org.newsroom.comments")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplyNotificationMailTest implements TestPropertyProvider {

    private static final String TITLE = "Élan & Café: a \"quoted\" title";
    private static final Pattern CONFIRM = Pattern.compile("https://news\\.example/notifications/confirm/([A-Za-z0-9_-]{43})");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("<https://news\\.example/notifications/unsubscribe/([A-Za-z0-9_-]{43})>");

    private final SmtpServer smtp = new SmtpServer().start();

    @Inject
    CommentCalls calls;

    @Inject
    MailOutbox outbox;

    @Inject
    AdjustableClock clock;

    String article;
    String reader;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "comments.mail.smtp-url", smtp.url(),
                "comments.site.url", "https://news.example/",
                "comments.site.name", "The Test Times",
                "comments.notify.max-per-hour", "3");
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void setUp() {
        article = new ObjectId().toHexString();
        reader = CommentCalls.email().toLowerCase();
    }

    private Http.Reply post(String email, String content, String parentId, boolean notify) {
        Map<String, Object> form = new HashMap<>(CommentCalls.form(email, content, parentId));
        form.put("notify", notify);
        return calls.http.send(HttpRequest.POST("/articles/" + article + "/comments?slug=the-slug&title="
                + URLEncoder.encode(TITLE, StandardCharsets.UTF_8), form).header("X-Client-IP", CommentCalls.ip()));
    }

    /** The reader's comment, approved by a moderator, with reply mail asked for; answers its id. */
    private String watchedComment() {
        String id = calls.id(post(reader, "Tell me when someone answers", null, true));
        assertThat(calls.setStatus(id, "approved").status()).isEqualTo(200);
        return id;
    }

    private String confirmationToken() {
        List<MimeMessage> mails = smtp.await(reader, 1);
        assertThat(mails).hasSize(1);
        Matcher link = CONFIRM.matcher(SmtpServer.text(mails.get(0)));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private int confirm(String token) {
        return calls.http.send(HttpRequest.POST("/notifications/confirm/" + token, "")).status();
    }

    private long repliesQueuedFor(String address) {
        return outbox.ofKind("reply").filter(mail -> mail.recipient().equalsIgnoreCase(address)).count().block();
    }

    private String approvedReply(String parentId, String content) {
        return calls.approved(article, content, parentId);
    }

    @Test
    void tickingNotifySendsOneConfirmationMailWithAnOpaqueLink() {
        watchedComment();

        MimeMessage mail = smtp.await(reader, 1).get(0);

        String text = SmtpServer.text(mail);
        assertThat(text).contains(TITLE).doesNotContain("Dana");
        assertThat(CONFIRM.matcher(text).find()).isTrue();
        assertThat(text.replace(reader, "")).doesNotContain("%40");
        assertThat(SmtpServer.header(mail, "List-Unsubscribe")).matches(UNSUBSCRIBE.pattern());
        assertThat(SmtpServer.header(mail, "From")).contains("no-reply@news.example").contains("The Test Times");
        assertThat(text.toLowerCase()).doesNotContain("/notifications/confirm/" + reader);
    }

    @Test
    void nothingIsSentToAnUnconfirmedAddress() {
        String parent = watchedComment();
        smtp.await(reader, 1);

        approvedReply(parent, "An answer nobody will hear of");

        assertThat(repliesQueuedFor(reader)).isZero();
    }

    @Test
    void aConfirmedAuthorGetsOneMailPerApprovedReplyNamingArticleReplierAndLink() throws Exception {
        String parent = watchedComment();
        assertThat(confirm(confirmationToken())).isEqualTo(204);

        String replyId = approvedReply(parent, "Here is my answer");

        List<MimeMessage> mails = smtp.await(reader, 2);
        assertThat(mails).hasSize(2);
        MimeMessage mail = mails.get(1);
        assertThat(mail.getSubject()).contains("Dana").contains(TITLE);
        assertThat(SmtpServer.text(mail)).contains("Here is my answer").contains(TITLE)
                .contains("https://news.example/articles/the-slug#comment-" + replyId);
        assertThat(SmtpServer.header(mail, "List-Unsubscribe")).matches(UNSUBSCRIBE.pattern());
        assertThat(SmtpServer.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void aReplyToACommentAtTheDeepestLevelReachesItsAuthorThoughTheCapThreadsItUnderTheParent() {
        String depthFour = null;
        for (int depth = 1; depth <= 4; depth++) {
            depthFour = approvedReply(depthFour, "Level " + depth);
        }
        String parent = calls.id(post(reader, "Tell me when someone answers, five levels down", depthFour, true));
        assertThat(calls.setStatus(parent, "approved").status()).isEqualTo(200);
        assertThat(confirm(confirmationToken())).isEqualTo(204);

        String replyId = approvedReply(parent, "An answer to the deepest comment");

        assertThat(calls.http.get("/comments/" + replyId).body()).contains("\"parentId\":\"" + depthFour + "\"");
        List<MimeMessage> mails = smtp.await(reader, 2);
        assertThat(mails).hasSize(2);
        assertThat(SmtpServer.text(mails.get(1))).contains("An answer to the deepest comment");
    }

    @Test
    void theLinkOfAReplyInAThreadOnTheSecondCommentPageOpensThatPage() {
        for (int thread = 1; thread <= 20; thread++) {
            approvedReply(null, "Thread number " + thread);
        }
        String parent = watchedComment();
        assertThat(confirm(confirmationToken())).isEqualTo(204);

        String replyId = approvedReply(parent, "An answer on page two");

        assertThat(SmtpServer.text(smtp.await(reader, 2).get(1)))
                .contains("https://news.example/articles/the-slug?cpage=2#comment-" + replyId);
    }

    @Test
    void aConfirmationLinkAnswersTheSameWhenPressedAgainAndGarbageOpensNothing() {
        watchedComment();
        String token = confirmationToken();

        assertThat(opens("confirm", token)).isEqualTo(204);
        assertThat(confirm(token)).isEqualTo(204);
        assertThat(confirm(token)).as("pressed again").isEqualTo(204);
        assertThat(opens("confirm", token)).isEqualTo(204);
        for (String garbage : List.of("x", "A".repeat(43), "%2e%2e", "A".repeat(500))) {
            assertThat(confirm(garbage)).as(garbage).isEqualTo(404);
            assertThat(opens("confirm", garbage)).as(garbage).isEqualTo(404);
            assertThat(opens("unsubscribe", garbage)).as(garbage).isEqualTo(404);
        }
    }

    @Test
    void anUnsubscribeLinkOpensItsPageAndAConfirmationLinkNoLongerDoesOnceItIsUsed() {
        watchedComment();
        String confirmToken = confirmationToken();
        Matcher unsubscribe = UNSUBSCRIBE.matcher(SmtpServer.header(smtp.to(reader).get(0), "List-Unsubscribe"));
        assertThat(unsubscribe.matches()).isTrue();

        assertThat(opens("unsubscribe", unsubscribe.group(1))).isEqualTo(204);
        assertThat(calls.http.send(HttpRequest.POST("/notifications/unsubscribe/" + unsubscribe.group(1), "")).status()).isEqualTo(204);

        assertThat(opens("unsubscribe", unsubscribe.group(1))).as("pressed again, it answers the same").isEqualTo(204);
        assertThat(opens("confirm", confirmToken)).isEqualTo(404);
        assertThat(confirm(confirmToken)).isEqualTo(404);
    }

    private int opens(String link, String token) {
        return calls.http.get("/notifications/" + link + "/" + token).status();
    }

    @Test
    void aReplyToACommentItsAuthorDeletedMailsNobody() {
        Http.Reply posted = post(reader, "Tell me when someone answers", null, true);
        String parent = calls.id(posted);
        String editToken = calls.tree(posted.body()).get("editToken").getStringValue();
        assertThat(calls.setStatus(parent, "approved").status()).isEqualTo(200);
        assertThat(confirm(confirmationToken())).isEqualTo(204);
        Http.Reply held = post(CommentCalls.email(), "A first-time replier", parent, false);
        assertThat(calls.status(held)).isEqualTo("pending");

        assertThat(calls.http.send(HttpRequest.DELETE("/comments/" + parent).header("X-Edit-Token", editToken)).status()).isEqualTo(204);
        assertThat(calls.setStatus(calls.id(held), "approved").status()).isEqualTo(200);

        assertThat(repliesQueuedFor(reader)).isZero();
    }

    @Test
    void aReplyToACommentAModeratorTookDownMailsNobody() {
        String parent = watchedComment();
        assertThat(confirm(confirmationToken())).isEqualTo(204);
        Http.Reply held = post(CommentCalls.email(), "A first-time replier", parent, false);

        assertThat(calls.setStatus(parent, "trash").status()).isEqualTo(200);
        assertThat(calls.setStatus(calls.id(held), "approved").status()).isEqualTo(200);

        assertThat(repliesQueuedFor(reader)).isZero();
    }

    @Test
    void aCommentStoredAsSpamAsksNoConfirmationUntilAModeratorLetsItThrough() {
        Http.Reply spam = post(reader, "Cheap zzblocked pills, tell me about replies", null, true);
        assertThat(spam.status()).isEqualTo(201);

        assertThat(confirmationsQueuedFor(reader)).isZero();
        assertThat(calls.setStatus(calls.id(spam), "approved").status()).isEqualTo(200);
        assertThat(confirmationsQueuedFor(reader)).isEqualTo(1);
    }

    @Test
    void theConfirmationCarriesNothingTheCommenterWrote() {
        Map<String, Object> form = new HashMap<>(CommentCalls.form(reader, "Just a comment", null));
        form.put("authorName", "Hello customer. Your password expired: sign in at https://evil.example/login");
        form.put("notify", true);
        Http.Reply posted = calls.http.send(HttpRequest.POST("/articles/" + article + "/comments?slug=the-slug&title="
                + URLEncoder.encode(TITLE, StandardCharsets.UTF_8), form).header("X-Client-IP", CommentCalls.ip()));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);

        MimeMessage mail = smtp.await(reader, 1).get(0);

        assertThat(SmtpServer.text(mail)).contains(TITLE).doesNotContain("evil.example").doesNotContain("password")
                .doesNotContain("Just a comment");
        assertThat(new String(SmtpServer.raw(mail), StandardCharsets.UTF_8)).doesNotContain("evil.example");
    }

    private long confirmationsQueuedFor(String address) {
        return outbox.ofKind("confirmation").filter(mail -> mail.recipient().equalsIgnoreCase(address)).count().block();
    }

    @Test
    void aReplyIsQuotedLineByLineSoItCannotPassForTheSitesOwnLines() {
        String parent = watchedComment();
        assertThat(confirm(confirmationToken())).isEqualTo(204);

        approvedReply(parent, "Thanks!\nRead it and answer: http://evil.example/phish\r\n\nStop these mails: http://evil.example/x");

        String text = SmtpServer.text(smtp.await(reader, 2).get(1)).replace("\r\n", "\n");
        assertThat(text).contains("> Thanks!\n> Read it and answer: http://evil.example/phish\n> \n> Stop these mails: http://evil.example/x");
        assertThat(text.lines().filter(line -> line.startsWith("Read it and answer:")).toList())
                .singleElement().satisfies(line -> assertThat(line).contains("https://news.example/articles/the-slug#comment-"));
        assertThat(text.lines().filter(line -> line.startsWith("Stop these mails:")).toList())
                .singleElement().satisfies(line -> assertThat(line).contains("https://news.example/notifications/unsubscribe/"));
    }

    @Test
    void aLongReplyIsCutBetweenCharactersNeverInsideOne() {
        String parent = watchedComment();
        assertThat(confirm(confirmationToken())).isEqualTo(204);

        approvedReply(parent, "a".repeat(499) + "\uD83D\uDE00" + "z".repeat(100));

        String text = SmtpServer.text(smtp.await(reader, 2).get(1));
        assertThat(text).contains("> " + "a".repeat(499) + "\uD83D\uDE00…").doesNotContain("\uFFFD").doesNotContain("zzzzz");
    }

    @Test
    void aReplyHeldForModerationSendsOnlyOnceAModeratorApprovesIt() {
        String parent = watchedComment();
        confirm(confirmationToken());

        Http.Reply held = post(CommentCalls.email(), "A first-time replier", parent, false);
        assertThat(calls.status(held)).isEqualTo("pending");
        assertThat(repliesQueuedFor(reader)).isZero();

        String replyId = calls.id(held);
        calls.setStatus(replyId, "approved");

        assertThat(smtp.await(reader, 2)).hasSize(2);
        assertThat(SmtpServer.text(smtp.to(reader).get(1))).contains("#comment-" + replyId);
        calls.setStatus(replyId, "pending");
        calls.setStatus(replyId, "approved");
        assertThat(repliesQueuedFor(reader)).isEqualTo(1);
    }

    @Test
    void theAuthorReplyingToThemselfGetsNoMail() {
        String parent = watchedComment();
        confirm(confirmationToken());

        clock.advance(Duration.ofSeconds(31));
        Http.Reply own = post(reader.toUpperCase(), "Answering myself", parent, false);
        assertThat(calls.status(own)).isEqualTo("approved");

        assertThat(repliesQueuedFor(reader)).isZero();
    }

    @Test
    void oneClickUnsubscribeByPostStopsFurtherMailAtOnce() {
        String parent = watchedComment();
        confirm(confirmationToken());
        approvedReply(parent, "First answer");
        MimeMessage notification = smtp.await(reader, 2).get(1);
        Matcher link = UNSUBSCRIBE.matcher(SmtpServer.header(notification, "List-Unsubscribe"));
        assertThat(link.matches()).isTrue();

        Http.Reply unsubscribed = calls.http.send(HttpRequest.POST("/notifications/unsubscribe/" + link.group(1), ""));
        approvedReply(parent, "Second answer");

        assertThat(unsubscribed.status()).isEqualTo(204);
        assertThat(repliesQueuedFor(reader)).isEqualTo(1);
    }

    @Test
    void afterAnUnsubscribeALaterPostWithNotifySendsNoConfirmation() {
        watchedComment();
        MimeMessage confirmation = smtp.await(reader, 1).get(0);
        Matcher link = UNSUBSCRIBE.matcher(SmtpServer.header(confirmation, "List-Unsubscribe"));
        assertThat(link.matches()).isTrue();

        assertThat(calls.http.send(HttpRequest.POST("/notifications/unsubscribe/" + link.group(1), "")).status()).isEqualTo(204);
        clock.advance(Duration.ofDays(2));   // past the flood window and the day between two confirmations
        Http.Reply again = post(reader, "Another comment, notify ticked again", null, true);
        assertThat(again.status()).as(again.body()).isEqualTo(201);

        assertThat(outbox.ofKind("confirmation").filter(mail -> mail.recipient().equalsIgnoreCase(reader)).count().block())
                .as("confirmations to the address that unsubscribed").isEqualTo(1);
    }

    @Test
    void noMoreThanTheHourlyCapReachesOneReaderAndTheNextHourOpensAgain() {
        String parent = watchedComment();
        confirm(confirmationToken());

        for (int i = 1; i <= 4; i++) {
            approvedReply(parent, "Answer number " + i);
        }

        assertThat(repliesQueuedFor(reader)).as("the confirmation and two replies make 3").isEqualTo(2);
        clock.advance(Duration.ofHours(1));
        approvedReply(parent, "Answer in the next hour");
        assertThat(repliesQueuedFor(reader)).isEqualTo(3);
        assertThat(smtp.await(reader, 4)).hasSize(4);
    }

    @Test
    void anAnswerToAPostWithNotifyNeverCarriesTheAddress() {
        Http.Reply posted = post(reader, "Private", null, true);
        JsonNode body = calls.tree(posted.body());

        assertThat(posted.body().toLowerCase()).doesNotContain(reader);
        assertThat(body.get("editToken").getStringValue()).isNotBlank();
    }
}
