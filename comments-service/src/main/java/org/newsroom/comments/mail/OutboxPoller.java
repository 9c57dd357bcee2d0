package org.newsroom.comments.mail;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Works the outbox off on a scheduler thread, never on a request: claims due mail one by one, sends
 * it (or drops it when its recipient has unsubscribed since) and settles it, until none is due. Every
 * instance polls; the claim makes each mail go out once, and it is renewed for as long as the send
 * takes (a slow server may take minutes), so no other instance takes over a mail still being sent.
 * A mail the server refused for good (5xx) is given up at once; other failures are retried. Failures
 * are logged by mail id, reply code and error type only, never with an address.
 */
@Singleton
public class OutboxPoller {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPoller.class);
    private static final int MAX_PER_POLL = 100;
    /** For each step in the store; the send itself is bounded by the SMTP time-outs, and never cut short. */
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(60);

    private final MailOutbox outbox;
    private final MailDelivery delivery;
    private final OptOuts optOuts;
    private final MailSettings settings;
    private final OutboxMetrics metrics;
    private final String claimer = UUID.randomUUID().toString();

    public OutboxPoller(MailOutbox outbox, MailDelivery delivery, OptOuts optOuts, MailSettings settings, OutboxMetrics metrics) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.optOuts = optOuts;
        this.settings = settings;
        this.metrics = metrics;
    }

    @Scheduled(fixedDelay = "${comments.mail.poll-interval:1s}", initialDelay = "${comments.mail.poll-interval:1s}")
    void poll() {
        try {
            for (int sent = 0; sent < MAX_PER_POLL && Boolean.TRUE.equals(sendNext().block()); sent++) {
                // keep going while mail is due
            }
        } catch (RuntimeException e) {
            LOG.warn("mail outbox poll failed: {}", e.getClass().getSimpleName(), e);
        }
    }

    /** Claims, sends (or drops) and settles the next due mail; answers false when none was due. */
    Mono<Boolean> sendNext() {
        return outbox.claimNext(claimer).timeout(STORE_TIMEOUT)
                .flatMap(mail -> unwanted(mail).timeout(STORE_TIMEOUT)
                        .flatMap(unwanted -> unwanted ? outbox.cancelled(mail, claimer).timeout(STORE_TIMEOUT) : deliver(mail))
                        .thenReturn(true))
                .defaultIfEmpty(false);
    }

    private Mono<Void> deliver(OutboxMail mail) {
        return Mono.using(() -> keepingTheClaim(mail), renewing -> delivery.send(mail), Disposable::dispose)
                .thenReturn(Optional.<Throwable>empty())
                .onErrorResume(error -> Mono.just(Optional.of(error)))
                .flatMap(error -> (error.isEmpty() ? sent(mail) : notSent(mail, error.get())).timeout(STORE_TIMEOUT));
    }

    private Disposable keepingTheClaim(OutboxMail mail) {
        Duration every = settings.leaseRenewal();
        return Flux.interval(every, every)
                .concatMap(tick -> outbox.renew(mail, claimer).timeout(STORE_TIMEOUT).onErrorResume(error -> {
                    LOG.warn("mail {} ({}): its claim could not be renewed: {}", mail.id(), mail.kind(), error.getClass().getSimpleName());
                    return Mono.empty();
                }))
                .subscribe();
    }

    private Mono<Void> sent(OutboxMail mail) {
        metrics.sent();
        return outbox.sent(mail, claimer);
    }

    private Mono<Void> notSent(OutboxMail mail, Throwable error) {
        String reason = reason(error);
        OptionalInt refusal = SmtpRefusal.permanentReply(error);
        if (refusal.isPresent()) {
            LOG.warn("mail {} ({}) refused for good by the SMTP server (reply {}), not tried again: {}", mail.id(), mail.kind(),
                    refusal.getAsInt(), reason);
            metrics.refused();
            return outbox.giveUp(mail, claimer, "refused with " + refusal.getAsInt() + ": " + reason);
        }
        boolean last = mail.attempts() >= settings.getMaxAttempts();
        LOG.warn("mail {} ({}) not sent, attempt {}{}: {}", mail.id(), mail.kind(), mail.attempts(), last ? " (the last)" : "", reason);
        if (last) {
            metrics.outOfAttempts();
            return outbox.giveUp(mail, claimer, reason);
        }
        metrics.retried();
        return outbox.retryLater(mail, claimer, reason);
    }

    /** Mail to a reader (it offers an unsubscribe link; moderators' alerts do not) who has used that link since. */
    private Mono<Boolean> unwanted(OutboxMail mail) {
        return mail.unsubscribeUrl() == null ? Mono.just(false) : optOuts.hasOptedOut(mail.recipient());
    }

    /** What went wrong, by exception types only: server replies and exception messages may name an address. */
    private static String reason(Throwable error) {
        StringBuilder reason = new StringBuilder(error.getClass().getSimpleName());
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            reason.append(" < ").append(cause.getClass().getSimpleName());
        }
        return reason.toString();
    }
}
