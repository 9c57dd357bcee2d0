package org.newsroom.comments.mail;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server that takes 15 s to answer the final dot, then accepts, gets the mail once: the client
 * waits for it (RFC 5321 allows 10 minutes), and the sender keeps its claim though the attempt
 * outlasts the lease (6 s here), so the other instance never takes the mail over.
 */
class SlowSmtpServerTest {

    private static final String RECIPIENT = "patient@example.org";

    @TempDir
    static Path dataDir;

    static TwoInstances instances;

    @BeforeAll
    static void startTwoInstances() {
        instances = new TwoInstances(dataDir, new SmtpServer().answeringTheFinalDotAfter(Duration.ofSeconds(15)),
                Map.of("comments.mail.lease", "6s"));
    }

    @AfterAll
    static void stop() {
        instances.close();
    }

    @Test
    void aMailTheServerIsSlowToAcceptIsSentOnceInOneAttempt() {
        MailOutbox outbox = instances.outbox();
        outbox.enqueue(OutboxMail.of("slow:1", "test", RECIPIENT, "Worth the wait", "Body", null, Instant.now())).block();

        OutboxMail mail = awaitSentOrTriedAgain(outbox);

        assertThat(mail.attempts()).as("attempts: a second one would send a second copy").isEqualTo(1);
        assertThat(mail.state()).isEqualTo(OutboxMail.SENT);
        assertThat(instances.smtp.to(RECIPIENT)).hasSize(1);
    }

    private static OutboxMail awaitSentOrTriedAgain(MailOutbox outbox) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            List<OutboxMail> mails = outbox.ofKind("test").collectList().block();
            OutboxMail mail = mails.get(0);
            if (OutboxMail.SENT.equals(mail.state()) || mail.attempts() > 1) {
                return mail;
            }
            SmtpServer.pause();
        }
        throw new AssertionError("the mail was neither sent nor tried again");
    }
}
