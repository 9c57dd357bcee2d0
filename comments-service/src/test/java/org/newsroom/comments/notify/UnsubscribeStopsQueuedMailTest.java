package org.newsroom.comments.notify;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.comments.CommentCalls;
import org.newsroom.comments.mail.MailOutbox;
import org.newsroom.comments.mail.OutboxMail;
import org.newsroom.comments.mail.SmtpServer;
import org.newsroom.support.testing.Http;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail queued for a reader before they unsubscribe (here: held while the SMTP server is down, then
 * retried) is never sent; a moderator's alert queued alongside still goes out.
 */
@MicronautTest(transactional = false, packages = "org.newsroom.comments")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnsubscribeStopsQueuedMailTest implements TestPropertyProvider {

    private static final String MODERATOR = "desk.editor@example.org";
    private static final Pattern CONFIRM = Pattern.compile("/notifications/confirm/([A-Za-z0-9_-]{43})");
    private static final Pattern UNSUBSCRIBE = Pattern.compile(".*/notifications/unsubscribe/([A-Za-z0-9_-]{43})");
    private static final Set<String> UNSETTLED = Set.of(OutboxMail.PENDING, OutboxMail.SENDING);

    private final SmtpServer smtp = new SmtpServer();

    @Inject
    CommentCalls calls;

    @Inject
    MailOutbox outbox;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "comments.mail.smtp-url", smtp.url(),
                "comments.mail.max-attempts", "1000",
                "comments.notify.moderator-emails", MODERATOR);
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void mailQueuedBeforeAnUnsubscribeIsNotSentWhenItIsRetried() {
        String article = new ObjectId().toHexString();
        String reader = CommentCalls.email().toLowerCase();
        Map<String, Object> form = new HashMap<>(CommentCalls.form(reader, "Tell me when someone answers", null));
        form.put("notify", true);
        String parent = calls.id(calls.post(article, form));
        assertThat(calls.setStatus(parent, "approved").status()).isEqualTo(200);
        Matcher confirm = CONFIRM.matcher(mailsTo(reader, "confirmation").get(0).text());
        assertThat(confirm.find()).isTrue();
        assertThat(post("/notifications/confirm/" + confirm.group(1)).status()).isEqualTo(204);
        calls.approved(article, "An answer", parent);
        List<OutboxMail> queued = mailsTo(reader, "reply");
        assertThat(queued).hasSize(1);
        Matcher unsubscribe = UNSUBSCRIBE.matcher(queued.get(0).unsubscribeUrl());
        assertThat(unsubscribe.matches()).isTrue();

        assertThat(post("/notifications/unsubscribe/" + unsubscribe.group(1)).status()).isEqualTo(204);
        smtp.start();

        assertThat(smtp.await(MODERATOR, 1)).as("the moderator's alert goes out").hasSize(1);
        awaitSettled(reader);
        assertThat(smtp.to(reader)).isEmpty();
    }

    private Http.Reply post(String path) {
        return calls.http.send(HttpRequest.POST(path, ""));
    }

    private List<OutboxMail> mailsTo(String address, String kind) {
        return outbox.ofKind(kind).filter(mail -> mail.recipient().equalsIgnoreCase(address)).collectList().block();
    }

    /** Waits until no mail to {@code address} is waiting for a send any more. */
    private void awaitSettled(String address) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<OutboxMail> mails = outbox.ofKind("confirmation").concatWith(outbox.ofKind("reply"))
                    .filter(mail -> mail.recipient().equalsIgnoreCase(address)).collectList().block();
            if (mails.stream().noneMatch(mail -> UNSETTLED.contains(mail.state()))) {
                return;
            }
            SmtpServer.pause();
        }
        throw new AssertionError("mail to the reader still waits to be sent");
    }
}
