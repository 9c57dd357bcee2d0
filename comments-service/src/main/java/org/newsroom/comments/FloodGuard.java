package org.newsroom.comments;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.newsroom.support.mongo.RequiredIndexes;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * One comment per client IP and per email within the flood window, held in MongoDB so that every
 * instance of the service sees the same windows. A window is claimed with one atomic upsert that
 * only matches an expired mark; a live mark makes the upsert collide on {@code _id}.
 */
@Singleton
public class FloodGuard implements RequiredIndexes {

    private static final int ATTEMPTS = 3;

    private final MongoCollection<Document> marks;
    private final Duration window;
    private final Clock clock;

    public FloodGuard(MongoDatabase database, @Value("${comments.flood-seconds:15}") int floodSeconds, Clock clock) {
        this.marks = database.getCollection("flood_marks");
        this.window = Duration.ofSeconds(floodSeconds);
        this.clock = clock;
    }

    /** Either the keys were claimed, or the seconds to wait before the last one frees up. */
    public record Claim(boolean granted, List<String> keys, long retryAfterSeconds) {
    }

    public Mono<Claim> claim(List<String> keys) {
        if (window.isZero() || keys.isEmpty()) {
            return Mono.just(new Claim(true, List.of(), 0));
        }
        return claimFrom(keys, 0);
    }

    private Mono<Claim> claimFrom(List<String> keys, int index) {
        if (index == keys.size()) {
            return Mono.just(new Claim(true, keys, 0));
        }
        String key = keys.get(index);
        return claimOne(key, ATTEMPTS).flatMap(retryAfter -> {
            if (retryAfter > 0) {
                return release(keys.subList(0, index)).thenReturn(new Claim(false, List.of(), retryAfter));
            }
            return claimFrom(keys, index + 1);
        });
    }

    /** 0 when claimed, else the whole seconds left on the live mark. */
    private Mono<Long> claimOne(String key, int attempts) {
        Instant now = clock.instant();
        var filter = Filters.and(Filters.eq("_id", key), Filters.lt("until", Date.from(now)));
        var update = Updates.set("until", Date.from(now.plus(window)));
        return Mono.from(marks.findOneAndUpdate(filter, update, new FindOneAndUpdateOptions().upsert(true)))
                .thenReturn(0L)
                .defaultIfEmpty(0L)
                .onErrorResume(DuplicateKey::in, e -> Mono.from(marks.find(Filters.eq("_id", key)).first())
                        .map(mark -> secondsLeft(mark.getDate("until").toInstant(), now))
                        .defaultIfEmpty(0L)
                        // the mark that collided was released or ran out meanwhile: claim again
                        .flatMap(left -> left > 0 || attempts <= 1 ? Mono.just(Math.max(1, left)) : claimOne(key, attempts - 1)));
    }

    /** Whole seconds from {@code now} until {@code until}, rounded up; 0 once it has passed. */
    static long secondsLeft(Instant until, Instant now) {
        long millis = until.toEpochMilli() - now.toEpochMilli();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    /** Gives windows back when the comment that claimed them was not stored after all. */
    public Mono<Void> release(List<String> keys) {
        if (keys.isEmpty()) {
            return Mono.empty();
        }
        return Mono.from(marks.deleteMany(Filters.in("_id", keys))).then();
    }

    @Override
    public Mono<Void> createIndexes() {
        return Mono.from(marks.createIndex(Indexes.ascending("until"), new IndexOptions().name("until_ttl")
                .expireAfter(0L, java.util.concurrent.TimeUnit.SECONDS))).then();
    }
}
