package org.newsroom.comments.mail;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** A recipient the server refuses for good (5xx) is given up after one attempt, and logged; one refused for now (4xx) is retried. */
@MicronautTest(transactional = false, packages = "org.newsroom.comments")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmtpRefusalTest implements TestPropertyProvider {

    private static final String GONE = "gone@example.org";
    private static final String BUSY = "busy@example.org";

    private final SmtpServer smtp = new SmtpServer()
            .refusing(GONE, "550 5.1.1 <" + GONE + ">: no such mailbox")
            .refusing(BUSY, "451 4.2.0 <" + BUSY + ">: try again later")
            .start();

    @Inject
    MailOutbox outbox;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("comments.mail.smtp-url", smtp.url());
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aPermanentRefusalIsGivenUpAtOnceAndATemporaryOneIsRetried() {
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Logger poller = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(OutboxPoller.class);
        poller.addAppender(logged);
        try {
            outbox.enqueue(OutboxMail.of("refused:gone", "refused", GONE, "Hello", "Body", null, Instant.now())).block();
            outbox.enqueue(OutboxMail.of("refused:busy", "refused", BUSY, "Hello", "Body", null, Instant.now())).block();

            OutboxMail busy = await(BUSY, mail -> mail.attempts() >= 3);
            OutboxMail gone = await(GONE, mail -> OutboxMail.FAILED.equals(mail.state()));

            assertThat(gone.attempts()).isEqualTo(1);
            assertThat(gone.lastError()).contains("550").doesNotContain(GONE);
            assertThat(busy.lastError()).doesNotContain("refused with");
        } finally {
            poller.detachAppender(logged);
        }
        assertThat(List.copyOf(logged.list)).anySatisfy(event ->
                assertThat(event.getFormattedMessage()).contains("refused for good").contains("550"));
        assertThat(List.copyOf(logged.list)).allSatisfy(event ->
                assertThat(event.getFormattedMessage()).doesNotContain(GONE).doesNotContain(BUSY));
    }

    private OutboxMail await(String recipient, Predicate<OutboxMail> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            OutboxMail mail = outbox.ofKind("refused").filter(candidate -> candidate.recipient().equals(recipient)).blockFirst();
            if (mail != null && condition.test(mail)) {
                return mail;
            }
            SmtpServer.pause();
        }
        throw new AssertionError("the mail to " + recipient + " never reached the expected state: "
                + outbox.ofKind("refused").collectList().block());
    }
}
