package org.newsroom.comments.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What operators see of the outbox in {@code /prometheus}: the mails waiting (counted in the store
 * every 15 s, the same on every instance), and this instance's attempts by outcome. Hours of SMTP
 * failure show as a waiting count that does not fall and retries that keep rising.
 */
@Singleton
public class OutboxMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxMetrics.class);
    private static final Duration COUNT_TIMEOUT = Duration.ofSeconds(10);

    private final MailOutbox outbox;
    private final AtomicLong waiting = new AtomicLong();
    private final Counter sent;
    private final Counter retried;
    private final Counter refused;
    private final Counter outOfAttempts;

    public OutboxMetrics(MailOutbox outbox, MeterRegistry registry) {
        this.outbox = outbox;
        Gauge.builder("mail.outbox.waiting", waiting, AtomicLong::get)
                .description("Mails in the outbox waiting to be sent or being sent").register(registry);
        sent = Counter.builder("mail.outbox.sent").description("Mails this instance handed to the SMTP server").register(registry);
        retried = Counter.builder("mail.outbox.retried")
                .description("Failed attempts to send a mail that will be tried again").register(registry);
        refused = givenUp(registry, "refused");
        outOfAttempts = givenUp(registry, "attempts");
    }

    private static Counter givenUp(MeterRegistry registry, String reason) {
        return Counter.builder("mail.outbox.given.up").tag("reason", reason)
                .description("Mails not sent and not tried again: refused for good (5xx) or out of attempts").register(registry);
    }

    @Scheduled(fixedDelay = "15s", initialDelay = "1s")
    void countWaiting() {
        try {
            Long count = outbox.waiting().block(COUNT_TIMEOUT);
            waiting.set(count == null ? 0 : count);
        } catch (RuntimeException e) {
            LOG.warn("could not count the mail outbox: {}", e.getClass().getSimpleName());
        }
    }

    void sent() {
        sent.increment();
    }

    void retried() {
        retried.increment();
    }

    void refused() {
        refused.increment();
    }

    void outOfAttempts() {
        outOfAttempts.increment();
    }
}
