package org.newsroom.comments.mail;

import io.micronaut.context.ApplicationContext;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Without SMTP_URL each mail becomes an RFC 5322 file under DATA_DIR/mail that Jakarta Mail reads back whole. */
class EmlFileTransportTest {

    @TempDir
    Path mailDirectory;

    @Test
    void aMailIsWrittenAsAnEmlFileWithItsHeadersAndText() throws Exception {
        try (ApplicationContext context = writingMailFiles()) {
            context.getBean(MailOutbox.class).enqueue(OutboxMail.of("file:1", "test", "reader@example.org", "Grüße — a reply",
                    "Line one\nLine two: ünïcödé", "http://127.0.0.1:9999/notifications/unsubscribe/abc", Instant.now())).block();

            Path file = awaitOneFile();

            MimeMessage message;
            try (InputStream in = Files.newInputStream(file)) {
                message = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            assertThat(file.getFileName().toString()).endsWith(".eml");
            assertThat(message.getSubject()).isEqualTo("Grüße — a reply");
            assertThat(message.getRecipients(MimeMessage.RecipientType.TO)[0].toString()).isEqualTo("reader@example.org");
            assertThat(message.getFrom()[0].toString()).contains("no-reply@localhost");
            assertThat(message.getHeader("List-Unsubscribe", ",")).isEqualTo("<http://127.0.0.1:9999/notifications/unsubscribe/abc>");
            assertThat(message.getHeader("List-Unsubscribe-Post", ",")).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(message.getHeader("Date", ",")).isNotBlank();
            assertThat(SmtpServer.text(message).replace("\r\n", "\n")).contains("Line one\nLine two: ünïcödé");
        }
    }

    @Test
    void everyLineOfAPlainTextMailEndsInCrLf() throws Exception {
        try (ApplicationContext context = writingMailFiles()) {
            context.getBean(MailOutbox.class).enqueue(OutboxMail.of("file:2", "test", "reader@example.org", "A reply",
                    "Anon wrote on the story:\n\nplain words\nand more", "http://127.0.0.1:9999/notifications/unsubscribe/abc",
                    Instant.now())).block();

            byte[] raw = Files.readAllBytes(awaitOneFile());

            assertThat(new String(raw, StandardCharsets.US_ASCII)).contains("plain words\r\nand more");
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == '\n') {
                    assertThat(i > 0 && raw[i - 1] == '\r').as("the line ending at byte " + i + " ends in CRLF, as RFC 5322 wants").isTrue();
                }
            }
        }
    }

    private ApplicationContext writingMailFiles() {
        return ApplicationContext.builder().packages("org.newsroom.comments").properties(Map.of(
                "jwt.secret", "comments-service-test-secret-0123456789abcdef",
                "comments.site.url", "http://127.0.0.1:9999",
                "comments.mail.directory", mailDirectory.toString(),
                "comments.mail.poll-interval", "50ms")).start();
    }

    private Path awaitOneFile() throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> files = Files.list(mailDirectory)) {
                List<Path> all = files.toList();
                if (!all.isEmpty() && all.stream().noneMatch(path -> path.getFileName().toString().endsWith(".part"))) {
                    assertThat(all).hasSize(1);
                    return all.get(0);
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // the directory appears with the first mail
            }
            SmtpServer.pause();
        }
        throw new AssertionError("no .eml file in " + mailDirectory);
    }
}
