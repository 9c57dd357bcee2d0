package org.newsroom.comments.mail;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each mail is one plain UTF-8 text from MAIL_FROM, its Message-ID in the sender's domain, with the one-click headers. */
@MicronautTest(transactional = false, packages = "org.newsroom.comments")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailFormatTest implements TestPropertyProvider {

    private static final String READER = "format@example.org";

    private final SmtpServer smtp = new SmtpServer().start();

    @Inject
    MailOutbox outbox;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("comments.mail.smtp-url", smtp.url(), "comments.mail.from", "letters@mail.news.example");
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aMailIsPlainUtf8TextWhoseMessageIdNamesTheSendersDomain() throws Exception {
        outbox.enqueue(OutboxMail.of("format:1", "test", READER, "Grüße", "Ünïcödé text\nsecond line",
                "https://news.example/notifications/unsubscribe/abc", Instant.now())).block();

        MimeMessage mail = smtp.await(READER, 1).get(0);

        assertThat(mail.getMessageID()).matches("<[^@<>\\s]+@mail\\.news\\.example>");
        assertThat(mail.getContentType().replace(" ", "").toLowerCase()).isEqualTo("text/plain;charset=utf-8");
        assertThat(mail.getContent()).isEqualTo("Ünïcödé text\r\nsecond line");
        assertThat(mail.getFrom()[0].toString()).contains("letters@mail.news.example");
        assertThat(SmtpServer.header(mail, "List-Unsubscribe")).isEqualTo("<https://news.example/notifications/unsubscribe/abc>");
        assertThat(SmtpServer.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(SmtpServer.header(mail, "Auto-Submitted")).isEqualTo("auto-generated");
    }
}
