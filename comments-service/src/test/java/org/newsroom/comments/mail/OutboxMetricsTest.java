package org.newsroom.comments.mail;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** While SMTP is down /prometheus shows the mail waiting and its retries; then what was sent, and what was given up. */
@MicronautTest(transactional = false, packages = "org.newsroom.comments")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxMetricsTest implements TestPropertyProvider {

    private static final String REFUSED = "nobody@example.org";

    private final SmtpServer smtp = new SmtpServer().refusing(REFUSED, "550 5.1.1 no such mailbox");

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxMetrics metrics;

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("comments.mail.smtp-url", smtp.url(), "comments.mail.max-attempts", "1000");
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theOutboxShowsInPrometheus() {
        outbox.enqueue(OutboxMail.of("metrics:1", "metrics", "reader@example.org", "Hello", "Body", null, Instant.now())).block();
        awaitMetric("mail_outbox_retried_total", 2);
        metrics.countWaiting();
        assertThat(metric("mail_outbox_waiting")).isEqualTo(1);

        smtp.start();
        outbox.enqueue(OutboxMail.of("metrics:2", "metrics", REFUSED, "Hello", "Body", null, Instant.now())).block();
        awaitMetric("mail_outbox_sent_total", 1);
        awaitMetric("mail_outbox_given_up_total{reason=\"refused\"}", 1);
        metrics.countWaiting();

        assertThat(metric("mail_outbox_waiting")).isZero();
        assertThat(metric("mail_outbox_given_up_total{reason=\"attempts\"}")).isZero();
    }

    private void awaitMetric(String name, double atLeast) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (metric(name) < atLeast && Instant.now().isBefore(deadline)) {
            SmtpServer.pause();
        }
        assertThat(metric(name)).as(name).isGreaterThanOrEqualTo(atLeast);
    }

    private double metric(String name) {
        String page = client.toBlocking().retrieve("/prometheus");
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(page);
        assertThat(value.find()).as(name + " in\n" + page).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
