package org.newsroom.comments.mail;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.newsroom.comments.DuplicateKey;
import org.newsroom.support.mongo.RequiredIndexes;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The outbox: mail is queued here as data, then claimed, sent and settled by whichever instance's
 * poller gets to it first. A claim is one atomic findOneAndUpdate that takes a due pending mail (or
 * one whose sender's lease ran out) and stamps the claimer and a lease, so each mail has one sender.
 */
@Singleton
public class MailOutbox implements RequiredIndexes {

    private static final long KEEP_SENT_DAYS = 30;

    private final MongoCollection<Document> outbox;
    private final MailSettings settings;
    private final Clock clock;

    public MailOutbox(MongoDatabase database, MailSettings settings, Clock clock) {
        this.outbox = database.getCollection("mail_outbox");
        this.settings = settings;
        this.clock = clock;
    }

    /** Queues a mail unless one with the same dedupe key is there already; answers whether it was queued. */
    public Mono<Boolean> enqueue(OutboxMail mail) {
        return Mono.from(outbox.insertOne(mail.toDocument())).thenReturn(true)
                .onErrorResume(DuplicateKey::in, e -> Mono.just(false));
    }

    public Mono<Boolean> contains(String dedupeKey) {
        return Mono.from(outbox.find(Filters.eq("dedupeKey", dedupeKey)).first()).hasElement();
    }

    /** The mail of one kind, oldest first (for operators and tests). */
    public Flux<OutboxMail> ofKind(String kind) {
        return Flux.from(outbox.find(Filters.eq("kind", kind)).sort(Sorts.ascending("createdAt"))).map(OutboxMail::from);
    }

    /** The next due mail, else one whose sender's lease ran out; each query is served by its own index. */
    Mono<OutboxMail> claimNext(String claimer) {
        Date now = Date.from(clock.instant());
        return claim(Filters.and(Filters.eq("state", OutboxMail.PENDING), Filters.lte("nextAttemptAt", now)), "nextAttemptAt", claimer)
                .switchIfEmpty(Mono.defer(() ->
                        claim(Filters.and(Filters.eq("state", OutboxMail.SENDING), Filters.lt("leaseUntil", now)), "leaseUntil", claimer)));
    }

    private Mono<OutboxMail> claim(Bson filter, String oldestFirst, String claimer) {
        return Mono.from(outbox.findOneAndUpdate(filter,
                Updates.combine(
                        Updates.set("state", OutboxMail.SENDING),
                        Updates.set("claimedBy", claimer),
                        Updates.set("leaseUntil", Date.from(clock.instant().plus(settings.getLease()))),
                        Updates.inc("attempts", 1)),
                new FindOneAndUpdateOptions().sort(Sorts.ascending(oldestFirst)).returnDocument(ReturnDocument.AFTER)))
                .map(OutboxMail::from);
    }

    Mono<Void> sent(OutboxMail mail, String claimer) {
        return settle(mail, claimer, Updates.combine(Updates.set("state", OutboxMail.SENT), Updates.set("sentAt", now()),
                Updates.unset("leaseUntil"), Updates.unset("lastError")));
    }

    /** Not sent after all: its recipient unsubscribed after it was queued. */
    Mono<Void> cancelled(OutboxMail mail, String claimer) {
        return settle(mail, claimer, Updates.combine(Updates.set("state", OutboxMail.CANCELLED), Updates.unset("leaseUntil")));
    }

    /** After a failed attempt: back to pending, to be tried again after a wait that doubles with each attempt. */
    Mono<Void> retryLater(OutboxMail mail, String claimer, String reason) {
        return settle(mail, claimer, Updates.combine(
                Updates.set("state", OutboxMail.PENDING),
                Updates.set("nextAttemptAt", Date.from(clock.instant().plus(settings.backoff(mail.attempts())))),
                Updates.unset("leaseUntil"),
                Updates.set("lastError", reason)));
    }

    /** Not to be tried again: the server refused it for good, or its last attempt failed. */
    Mono<Void> giveUp(OutboxMail mail, String claimer, String reason) {
        return settle(mail, claimer, Updates.combine(Updates.set("state", OutboxMail.FAILED), Updates.unset("leaseUntil"),
                Updates.set("lastError", reason)));
    }

    /** Keeps the claim of a sender still at work on the mail, so that no other takes it over. */
    Mono<Void> renew(OutboxMail mail, String claimer) {
        return settle(mail, claimer, Updates.set("leaseUntil", Date.from(clock.instant().plus(settings.getLease()))));
    }

    /** How many mails wait to be sent or are being sent, in the whole outbox. */
    Mono<Long> waiting() {
        return Mono.from(outbox.countDocuments(Filters.in("state", OutboxMail.PENDING, OutboxMail.SENDING)));
    }

    private Mono<Void> settle(OutboxMail mail, String claimer, Bson update) {
        return Mono.from(outbox.updateOne(Filters.and(Filters.eq("_id", new ObjectId(mail.id())),
                Filters.eq("state", OutboxMail.SENDING), Filters.eq("claimedBy", claimer)), update)).then();
    }

    @Override
    public Mono<Void> createIndexes() {
        return Mono.from(outbox.createIndexes(List.of(
                new IndexModel(Indexes.ascending("dedupeKey"), new IndexOptions().unique(true).name("dedupe_unique")),
                new IndexModel(Indexes.ascending("state", "nextAttemptAt"), new IndexOptions().name("due")),
                new IndexModel(Indexes.ascending("state", "leaseUntil"), new IndexOptions().name("lease")),
                new IndexModel(Indexes.ascending("sentAt"), new IndexOptions().name("sent_ttl").expireAfter(KEEP_SENT_DAYS, TimeUnit.DAYS))))).then();
    }

    private Date now() {
        return Date.from(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}
