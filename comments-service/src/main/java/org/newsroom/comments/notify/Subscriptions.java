package org.newsroom.comments.notify;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.newsroom.comments.Comment;
import org.newsroom.comments.SecretToken;
import org.newsroom.comments.mail.MailOutbox;
import org.newsroom.comments.mail.OptOuts;
import org.newsroom.comments.mail.OutboxMail;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;

/**
 * Double opt-in for reply mail. Ticking "notify" on a comment watches that comment (collection
 * {@code reply_watches}) and, unless the address is confirmed already, sends one confirmation mail
 * (again only after a day). Following the link confirms the address ({@code mail_subscribers}); the
 * unsubscribe link stops all mail to it at once, for good: mail already queued is checked before each
 * attempt to send it (see {@link OptOuts}).
 */
@Singleton
public class Subscriptions implements OptOuts {

    private static final Duration RESEND_CONFIRMATION_AFTER = Duration.ofDays(1);

    private final MongoCollection<Document> subscribers;
    private final MongoCollection<Document> watches;
    private final MailOutbox outbox;
    private final MailTexts texts;
    private final HourlyMailCap cap;
    private final Clock clock;

    public Subscriptions(MongoDatabase database, MailOutbox outbox, MailTexts texts, HourlyMailCap cap, Clock clock) {
        this.subscribers = database.getCollection("mail_subscribers");
        this.watches = database.getCollection("reply_watches");
        this.outbox = outbox;
        this.texts = texts;
        this.cap = cap;
        this.clock = clock;
    }

    /** Watches {@code comment} for replies; {@code confirm}: asks its author's address for confirmation too, if need be. */
    Mono<Void> watch(Comment comment, boolean confirm) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Document watch = new Document("_id", comment.id()).append("subscriberId", idOf(comment.authorEmailKey()))
                .append("createdAt", Date.from(now));
        return Mono.from(watches.replaceOne(Filters.eq("_id", comment.id()), watch, new ReplaceOptions().upsert(true)))
                .then(confirm ? askIfNeeded(comment) : Mono.empty());
    }

    /** Asks for confirmation of the address of a watched comment's author, if need be: the comment has just been let through. */
    Mono<Void> confirmIfWatched(Comment comment) {
        return Mono.from(watches.find(Filters.eq("_id", comment.id())).first()).flatMap(watch -> askIfNeeded(comment));
    }

    private Mono<Void> askIfNeeded(Comment comment) {
        String id = idOf(comment.authorEmailKey());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return find(Filters.eq("_id", id))
                .map(known -> needsConfirmation(known, now) ? ask(known.with(Subscriber.UNCONFIRMED, null, now, now), comment)
                        : Mono.<Void>empty())
                .defaultIfEmpty(Mono.defer(() -> ask(new Subscriber(id, comment.authorEmail(), Subscriber.UNCONFIRMED, null,
                        SecretToken.issue().value(), now, now), comment)))
                .flatMap(next -> next);
    }

    private static boolean needsConfirmation(Subscriber known, Instant now) {
        return switch (known.state()) {
            // unsubscribed: it asked for no more mail, and anyone can post with "notify" and that address
            case Subscriber.CONFIRMED, Subscriber.UNSUBSCRIBED -> false;
            default -> known.confirmationSentAt() == null || known.confirmationSentAt().plus(RESEND_CONFIRMATION_AFTER).isBefore(now);
        };
    }

    /** Stores a fresh confirmation link's hash for the subscriber and queues the mail carrying the link. */
    private Mono<Void> ask(Subscriber subscriber, Comment comment) {
        SecretToken confirm = SecretToken.issue();
        Subscriber asked = subscriber.with(Subscriber.UNCONFIRMED, confirm.hash(), subscriber.confirmationSentAt(), subscriber.updatedAt());
        MailTexts.Text text = texts.confirmation(comment, confirm.value(), asked.unsubscribeToken());
        return save(asked)
                .then(cap.take(asked.id()))
                .flatMap(allowed -> allowed
                        ? outbox.enqueue(OutboxMail.of("confirm:" + confirm.hash(), "confirmation", asked.email(), text.subject(),
                                text.body(), texts.unsubscribeLink(asked.unsubscribeToken()), clock.instant())).then()
                        : Mono.empty());
    }

    /** The subscriber behind a confirmed address that watches {@code commentId}, if any. */
    Mono<Subscriber> confirmedWatcher(String commentId) {
        return Mono.from(watches.find(Filters.eq("_id", commentId)).first())
                .flatMap(watch -> find(Filters.eq("_id", watch.getString("subscriberId"))))
                .filter(Subscriber::isConfirmed);
    }

    /**
     * Confirms the address whose confirmation link carries {@code token}; false for an unknown link, a
     * link replaced by a newer one, or an address that unsubscribed. The link keeps working once used:
     * a second press confirms nothing new and says so again.
     */
    public Mono<Boolean> confirm(@Nullable String token) {
        return confirmable(token)
                .flatMap(subscriber -> subscriber.isConfirmed() ? Mono.just(true)
                        : save(subscriber.with(Subscriber.CONFIRMED, subscriber.confirmTokenHash(), subscriber.confirmationSentAt(), clock.instant())))
                .defaultIfEmpty(false);
    }

    /** Whether following the confirmation link {@code token} would confirm an address (or has done so). */
    public Mono<Boolean> opensConfirmation(@Nullable String token) {
        return confirmable(token).hasElement();
    }

    private Mono<Subscriber> confirmable(@Nullable String token) {
        if (!SecretToken.isWellFormed(token)) {
            return Mono.empty();
        }
        return find(Filters.eq("confirmTokenHash", SecretToken.hashOf(token))).filter(subscriber -> !subscriber.isUnsubscribed());
    }

    /** Stops all mail to the address whose links carry {@code token}; false for an unknown token. */
    public Mono<Boolean> unsubscribe(@Nullable String token) {
        return byUnsubscribeToken(token)
                .flatMap(subscriber -> save(subscriber.with(Subscriber.UNSUBSCRIBED, null, subscriber.confirmationSentAt(), clock.instant())))
                .defaultIfEmpty(false);
    }

    /** Whether {@code token} is the unsubscribe token of an address (an address that unsubscribed already included). */
    public Mono<Boolean> opensUnsubscribe(@Nullable String token) {
        return byUnsubscribeToken(token).hasElement();
    }

    private Mono<Subscriber> byUnsubscribeToken(@Nullable String token) {
        return SecretToken.isWellFormed(token) ? find(Filters.eq("unsubscribeToken", token)) : Mono.empty();
    }

    @Override
    public Mono<Boolean> hasOptedOut(String recipient) {
        return find(Filters.eq("_id", idOf(recipient))).map(Subscriber::isUnsubscribed).defaultIfEmpty(false);
    }

    private static String idOf(String address) {
        return SecretToken.hashOf(address.trim().toLowerCase(Locale.ROOT));
    }

    private Mono<Subscriber> find(Bson filter) {
        return Mono.from(subscribers.find(filter).first()).map(Subscriber::from);
    }

    private Mono<Boolean> save(Subscriber subscriber) {
        return Mono.from(subscribers.replaceOne(Filters.eq("_id", subscriber.id()), subscriber.toDocument(), new ReplaceOptions().upsert(true)))
                .thenReturn(true);
    }
}
