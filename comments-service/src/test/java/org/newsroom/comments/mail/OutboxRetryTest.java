package org.newsroom.comments.mail;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.comments.CommentCalls;
import org.newsroom.support.testing.Http;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With the SMTP server down a post is unaffected; its mail waits in the outbox, is retried, and goes out once the server is back. */
@MicronautTest(transactional = false, packages = "org.newsroom.comments")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRetryTest implements TestPropertyProvider {

    private static final String MODERATOR = "desk.editor@example.org";

    private final SmtpServer smtp = new SmtpServer();

    @Inject
    CommentCalls calls;

    @Inject
    MailOutbox outbox;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("comments.mail.smtp-url", smtp.url(), "comments.notify.moderator-emails", MODERATOR);
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void mailWaitsInTheOutboxWhileSmtpIsDownAndIsSentWhenItIsBack() {
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logged);
        try {
            Http.Reply posted = calls.post(new ObjectId().toHexString(), CommentCalls.form(CommentCalls.email(), "Held while mail is down", null));
            assertThat(posted.status()).isEqualTo(201);

            OutboxMail failing = awaitMail(mail -> mail.attempts() >= 2 && OutboxMail.PENDING.equals(mail.state()));
            assertThat(failing.lastError()).isNotBlank().doesNotContain(MODERATOR);
            smtp.start();

            assertThat(smtp.await(MODERATOR, 1)).hasSize(1);
            assertThat(awaitMail(mail -> OutboxMail.SENT.equals(mail.state())).attempts()).isGreaterThanOrEqualTo(3);
        } finally {
            root.detachAppender(logged);
        }
        // GreenMail (the test's SMTP server, not the service) logs the addresses it receives for
        assertThat(List.copyOf(logged.list).stream().filter(event -> !event.getLoggerName().startsWith("com.icegreen")).toList())
                .isNotEmpty().allSatisfy(event ->
                assertThat(event.getFormattedMessage() + event.getThrowableProxy()).doesNotContain(MODERATOR));
    }

    private OutboxMail awaitMail(java.util.function.Predicate<OutboxMail> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<OutboxMail> mails = outbox.ofKind("moderation").collectList().block();
            if (mails.size() == 1 && condition.test(mails.get(0))) {
                return mails.get(0);
            }
            SmtpServer.pause();
        }
        throw new AssertionError("the moderation mail never reached the expected state: " + outbox.ofKind("moderation").collectList().block());
    }
}
