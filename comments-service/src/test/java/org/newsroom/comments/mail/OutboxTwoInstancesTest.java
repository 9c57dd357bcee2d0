package org.newsroom.comments.mail;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances, each with its own poller, work off one outbox in one MongoDB: every mail goes out exactly once. */
class OutboxTwoInstancesTest {

    private static final String RECIPIENT = "many@example.org";
    private static final int MAILS = 40;

    @TempDir
    static Path dataDir;

    static TwoInstances instances;
    static SmtpServer smtp;

    @BeforeAll
    static void startTwoInstances() {
        instances = new TwoInstances(dataDir, new SmtpServer(), Map.of());
        smtp = instances.smtp;
    }

    @AfterAll
    static void stop() {
        instances.close();
    }

    @Test
    void eachMailIsSentOnceThoughBothInstancesPoll() {
        MailOutbox outbox = instances.outbox();
        for (int i = 0; i < MAILS; i++) {
            assertThat(outbox.enqueue(OutboxMail.of("many:" + i, "test", RECIPIENT, "Mail number " + i, "Body " + i, null,
                    Instant.now())).block()).isTrue();
        }
        assertThat(outbox.enqueue(OutboxMail.of("many:0", "test", RECIPIENT, "Twice", "Twice", null, Instant.now())).block())
                .as("the same dedupe key is queued once").isFalse();

        List<OutboxMail> settled = awaitAllSent(outbox);
        List<MimeMessage> received = smtp.await(RECIPIENT, MAILS);

        assertThat(settled).allSatisfy(mail -> assertThat(mail.attempts()).isEqualTo(1));
        assertThat(received).hasSize(MAILS);
        Set<String> subjects = received.stream().map(OutboxTwoInstancesTest::subject).collect(Collectors.toSet());
        assertThat(subjects).hasSize(MAILS);
    }

    private static List<OutboxMail> awaitAllSent(MailOutbox outbox) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<OutboxMail> mails = outbox.ofKind("test").collectList().block();
        while (mails.stream().anyMatch(mail -> !OutboxMail.SENT.equals(mail.state())) && Instant.now().isBefore(deadline)) {
            SmtpServer.pause();
            mails = outbox.ofKind("test").collectList().block();
        }
        assertThat(mails).hasSize(MAILS).allSatisfy(mail -> assertThat(mail.state()).isEqualTo(OutboxMail.SENT));
        return mails;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
