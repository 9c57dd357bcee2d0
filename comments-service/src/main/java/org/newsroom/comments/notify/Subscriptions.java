package org.newsroom.comments.notify;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.newsroom.comments.Comment;
import org.newsroom.comments.SecretToken;
import org.newsroom.comments.mail.MailOutbox;
import org.newsroom.comments.mail.OutboxMail;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Double opt-in for reply mail. Ticking "notify" on a comment watches that comment and, unless the
 * address is confirmed already, sends one confirmation mail (again only after a day, or after an
 * unsubscribe). Following the link confirms the address; the unsubscribe link stops all mail to it.
 */
@Singleton
public class Subscriptions {

    private static final Duration RESEND_CONFIRMATION_AFTER = Duration.ofDays(1);

    private final SubscriberRepository subscribers;
    private final ReplyWatchRepository watches;
    private final MailOutbox outbox;
    private final MailTexts texts;
    private final HourlyMailCap cap;
    private final Clock clock;

    public Subscriptions(SubscriberRepository subscribers, ReplyWatchRepository watches, MailOutbox outbox, MailTexts texts,
                         HourlyMailCap cap, Clock clock) {
        this.subscribers = subscribers;
        this.watches = watches;
        this.outbox = outbox;
        this.texts = texts;
        this.cap = cap;
        this.clock = clock;
    }

    static String subscriberId(String emailKey) {
        return SecretToken.hashOf(emailKey);
    }

    Mono<Void> watch(Comment comment) {
        String id = subscriberId(comment.authorEmailKey());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return watches.save(new ReplyWatch(comment.id(), id, now))
                .then(subscribers.findById(id))
                .map(known -> needsConfirmation(known, now) ? askAgain(known, comment, now) : Mono.<Void>empty())
                .defaultIfEmpty(Mono.defer(() -> askFirst(id, comment, now)))
                .flatMap(next -> next);
    }

    private boolean needsConfirmation(Subscriber known, Instant now) {
        return switch (known.state()) {
            case Subscriber.CONFIRMED -> false;
            case Subscriber.UNSUBSCRIBED -> true;
            default -> known.confirmationSentAt() == null || known.confirmationSentAt().plus(RESEND_CONFIRMATION_AFTER).isBefore(now);
        };
    }

    private Mono<Void> askFirst(String id, Comment comment, Instant now) {
        SecretToken confirm = SecretToken.issue();
        Subscriber fresh = new Subscriber(id, comment.authorEmail(), Subscriber.UNCONFIRMED, confirm.hash(),
                SecretToken.issue().value(), now, now);
        return subscribers.save(fresh).flatMap(saved -> sendConfirmation(saved, comment, confirm, now));
    }

    private Mono<Void> askAgain(Subscriber known, Comment comment, Instant now) {
        SecretToken confirm = SecretToken.issue();
        Subscriber asked = new Subscriber(known.id(), comment.authorEmail(), Subscriber.UNCONFIRMED, confirm.hash(),
                known.unsubscribeToken(), now, now);
        return subscribers.update(asked).flatMap(saved -> sendConfirmation(saved, comment, confirm, now));
    }

    private Mono<Void> sendConfirmation(Subscriber subscriber, Comment comment, SecretToken confirm, Instant now) {
        MailTexts.Text text = texts.confirmation(comment, confirm.value(), subscriber.unsubscribeToken());
        return cap.take(subscriber.id()).flatMap(allowed -> allowed
                ? outbox.enqueue(OutboxMail.of("confirm:" + confirm.hash(), "confirmation", subscriber.email(), text.subject(),
                        text.body(), texts.unsubscribeLink(subscriber.unsubscribeToken()), now)).then()
                : Mono.empty());
    }

    /** The subscriber behind a confirmed address that watches {@code commentId}, if any. */
    Mono<Subscriber> confirmedWatcher(String commentId) {
        return watches.findById(commentId)
                .flatMap(watch -> subscribers.findById(watch.subscriberId()))
                .filter(Subscriber::isConfirmed);
    }

    /** Confirms the address whose confirmation link carries {@code token}; false for an unknown or used link. */
    public Mono<Boolean> confirm(@Nullable String token) {
        if (!SecretToken.isWellFormed(token)) {
            return Mono.just(false);
        }
        return subscribers.findByConfirmTokenHash(SecretToken.hashOf(token))
                .flatMap(subscriber -> subscribers.update(new Subscriber(subscriber.id(), subscriber.email(), Subscriber.CONFIRMED,
                        null, subscriber.unsubscribeToken(), subscriber.confirmationSentAt(), clock.instant())))
                .thenReturn(true)
                .defaultIfEmpty(false);
    }

    /** Stops all mail to the address whose links carry {@code token}; false for an unknown token. */
    public Mono<Boolean> unsubscribe(@Nullable String token) {
        if (!SecretToken.isWellFormed(token)) {
            return Mono.just(false);
        }
        return subscribers.findByUnsubscribeToken(token)
                .flatMap(subscriber -> subscribers.update(new Subscriber(subscriber.id(), subscriber.email(), Subscriber.UNSUBSCRIBED,
                        null, subscriber.unsubscribeToken(), subscriber.confirmationSentAt(), clock.instant())))
                .thenReturn(true)
                .defaultIfEmpty(false);
    }
}
