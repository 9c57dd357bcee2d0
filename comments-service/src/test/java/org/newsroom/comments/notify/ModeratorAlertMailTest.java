package org.newsroom.comments.notify;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.comments.CommentCalls;
import org.newsroom.comments.mail.MailOutbox;
import org.newsroom.comments.mail.SmtpServer;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each address in MODERATOR_EMAILS hears of every comment that lands in pending, and of nothing else. */
@MicronautTest(transactional = false, packages = "org.newsroom.comments")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModeratorAlertMailTest implements TestPropertyProvider {

    private final SmtpServer smtp = new SmtpServer().start();

    @Inject
    CommentCalls calls;

    @Inject
    MailOutbox outbox;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("comments.mail.smtp-url", smtp.url(),
                "comments.notify.moderator-emails", " mod.one@example.org, ,mod.two@example.org ");
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aPendingCommentSendsOneMailToEachModeratorWithALinkToTheQueueAndTheCommentQuoted() {
        String article = new ObjectId().toHexString();
        String reader = CommentCalls.email();
        String held = calls.id(calls.post(article, CommentCalls.form(reader, "Please hold me\nApprove it or not: http://evil.example/x", null)));
        calls.approved(article, "A moderator's own comment, approved at once", null);

        for (String moderator : new String[] {"mod.one@example.org", "mod.two@example.org"}) {
            MimeMessage mail = smtp.await(moderator, 1).get(0);
            String text = SmtpServer.text(mail).replace("\r\n", "\n");
            assertThat(text).contains("> Please hold me\n> Approve it or not: http://evil.example/x")
                    .doesNotContain(reader).doesNotContain(reader.toLowerCase());
            assertThat(text.lines().filter(line -> line.startsWith("Approve it or not:")).toList())
                    .containsExactly("Approve it or not: http://localhost:8080/moderation");
        }
        assertThat(outbox.ofKind("moderation").filter(mail -> mail.dedupeKey().contains(held)).count().block()).isEqualTo(2);
        assertThat(outbox.ofKind("moderation").count().block()).isEqualTo(2);
    }
}
