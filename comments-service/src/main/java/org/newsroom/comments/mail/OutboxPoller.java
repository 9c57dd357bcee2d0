package org.newsroom.comments.mail;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.UUID;

/**
 * Works the outbox off on a scheduler thread, never on a request: claims due mail one by one, sends
 * it (or drops it when its recipient has unsubscribed since) and settles it, until none is due. Every
 * instance polls; the claim makes each mail go out once. Failures are logged by mail id and error
 * type only, never with an address.
 */
@Singleton
public class OutboxPoller {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPoller.class);
    private static final int MAX_PER_POLL = 100;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    private final MailOutbox outbox;
    private final MailDelivery delivery;
    private final OptOuts optOuts;
    private final String claimer = UUID.randomUUID().toString();

    public OutboxPoller(MailOutbox outbox, MailDelivery delivery, OptOuts optOuts) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.optOuts = optOuts;
    }

    @Scheduled(fixedDelay = "${comments.mail.poll-interval:1s}", initialDelay = "${comments.mail.poll-interval:1s}")
    void poll() {
        try {
            for (int sent = 0; sent < MAX_PER_POLL && Boolean.TRUE.equals(sendNext().block(SEND_TIMEOUT)); sent++) {
                // keep going while mail is due
            }
        } catch (RuntimeException e) {
            LOG.warn("mail outbox poll failed: {}", e.getClass().getSimpleName(), e);
        }
    }

    /** Claims, sends (or drops) and settles the next due mail; answers false when none was due. */
    Mono<Boolean> sendNext() {
        return outbox.claimNext(claimer)
                .flatMap(mail -> unwanted(mail)
                        .flatMap(unwanted -> unwanted ? outbox.cancelled(mail, claimer) : delivery.send(mail).then(outbox.sent(mail, claimer)))
                        .onErrorResume(error -> {
                            String reason = reason(error);
                            LOG.warn("mail {} ({}) not sent, attempt {}: {}", mail.id(), mail.kind(), mail.attempts(), reason);
                            return outbox.failed(mail, claimer, reason);
                        })
                        .thenReturn(true))
                .defaultIfEmpty(false);
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
