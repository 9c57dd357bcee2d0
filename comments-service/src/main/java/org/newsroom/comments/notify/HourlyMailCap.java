package org.newsroom.comments.notify;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.newsroom.comments.DuplicateKey;
import org.newsroom.support.mongo.RequiredIndexes;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * At most NOTIFY_MAX_PER_HOUR mails to one reader per clock hour, counted in MongoDB so that all
 * instances share the count: one atomic upsert increments the hour's counter only while it is
 * below the cap; at the cap the upsert collides on {@code _id} and the mail is not queued.
 */
@Singleton
public class HourlyMailCap implements RequiredIndexes {


    private final MongoCollection<Document> counters;
    private final NotifySettings settings;
    private final Clock clock;

    public HourlyMailCap(MongoDatabase database, NotifySettings settings, Clock clock) {
        this.counters = database.getCollection("mail_quota");
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts one more mail to {@code subscriberId} this hour; answers false when the cap is reached. */
    public Mono<Boolean> take(String subscriberId) {
        int cap = settings.getMaxPerHour();
        if (cap <= 0) {
            return Mono.just(true);
        }
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        String key = subscriberId + ":" + hour.getEpochSecond();
        return Mono.from(counters.findOneAndUpdate(
                        Filters.and(Filters.eq("_id", key), Filters.lt("count", cap)),
                        Updates.combine(Updates.inc("count", 1), Updates.set("expiresAt", Date.from(hour.plus(Duration.ofHours(2))))),
                        new FindOneAndUpdateOptions().upsert(true)))
                .thenReturn(true)
                .defaultIfEmpty(true)
                .onErrorResume(DuplicateKey::in, e -> Mono.just(false));
    }

    @Override
    public Mono<Void> createIndexes() {
        return Mono.from(counters.createIndex(Indexes.ascending("expiresAt"),
                new IndexOptions().name("expires_ttl").expireAfter(0L, TimeUnit.SECONDS))).then();
    }
}
