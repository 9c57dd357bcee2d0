package org.newsroom.gateway.auth.throttle;

import com.mongodb.ConnectionString;
import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.configuration.mongo.core.DefaultMongoConfiguration;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Counters in the gateway's MongoDB collection {@code login_failures}, one document per key:
 * {@code {_id, count, expiresAt}}. A window starts with the first count and ends at {@code expiresAt};
 * a TTL index removes ended windows, and every query also ignores them (in case TTL has not run yet).
 * The client is made and connects on first use, off the event loop.
 */
@Singleton
class FailureCounts implements FailureStore {

    static final String COLLECTION = "login_failures";
    static final String COUNT = "count";
    static final String EXPIRES_AT = "expiresAt";
    private static final int DUPLICATE_KEY = 11000;
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    private final BeanProvider<MongoClient> client;
    private final BeanProvider<DefaultMongoConfiguration> configuration;
    private volatile CompletableFuture<MongoCollection<Document>> opened;

    FailureCounts(BeanProvider<MongoClient> client, BeanProvider<DefaultMongoConfiguration> configuration) {
        this.client = client;
        this.configuration = configuration;
    }

    @Override
    public Mono<FailureCount> add(String key, Instant now, Duration window) {
        return collection().flatMap(counts -> Mono.from(counts.findOneAndUpdate(running(key, now), Updates.inc(COUNT, 1), AFTER))
                .switchIfEmpty(Mono.defer(() -> startWindow(counts, key, now, window)))
                .map(FailureCount::of));
    }

    @Override
    public Mono<Void> subtract(String key, Instant now) {
        return collection().flatMap(counts -> Mono.from(counts.updateOne(running(key, now), Updates.inc(COUNT, -1)))).then();
    }

    @Override
    public Mono<Void> forget(String key) {
        return collection().flatMap(counts -> Mono.from(counts.deleteOne(Filters.eq("_id", key)))).then();
    }

    private static Bson running(String key, Instant now) {
        return Filters.and(Filters.eq("_id", key), Filters.gt(EXPIRES_AT, Date.from(now)));
    }

    /**
     * Replaces an ended window, or inserts the first one. When another instance started the window
     * a moment earlier, the insert meets its {@code _id}: then count in that window instead.
     */
    private Mono<Document> startWindow(MongoCollection<Document> counts, String key, Instant now, Duration window) {
        Document fresh = new Document("_id", key).append(COUNT, 1).append(EXPIRES_AT, Date.from(now.plus(window)));
        Bson ended = Filters.and(Filters.eq("_id", key), Filters.lte(EXPIRES_AT, Date.from(now)));
        return Mono.from(counts.findOneAndReplace(ended, fresh, new FindOneAndReplaceOptions().upsert(true).returnDocument(ReturnDocument.AFTER)))
                .onErrorResume(FailureCounts::isDuplicateKey,
                        startedElsewhere -> Mono.from(counts.findOneAndUpdate(running(key, now), Updates.inc(COUNT, 1), AFTER)));
    }

    private static boolean isDuplicateKey(Throwable error) {
        return error instanceof MongoException mongo && mongo.getCode() == DUPLICATE_KEY;
    }

    /**
     * The collection once its TTL index exists. Creating the index first also creates the collection
     * before any count is written (mongo-java-server fails when two commands create it at once).
     * A failed attempt is retried by the next sign-in; a caller that gives up does not cancel it.
     */
    private Mono<MongoCollection<Document>> collection() {
        CompletableFuture<MongoCollection<Document>> current = opened;
        if (current == null || current.isCompletedExceptionally()) {
            synchronized (this) {
                if (opened == null || opened.isCompletedExceptionally()) {
                    opened = open();
                }
                current = opened;
            }
        }
        return Mono.fromFuture(current, true);
    }

    private CompletableFuture<MongoCollection<Document>> open() {
        IndexOptions ttl = new IndexOptions().name("expiresAt_ttl").expireAfter(0L, TimeUnit.SECONDS);
        return Mono.fromCallable(() -> {
                    String database = new ConnectionString(configuration.get().getUri()).getDatabase();
                    return client.get().getDatabase(database == null ? "gateway" : database).getCollection(COLLECTION);
                })
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(counts -> Mono.from(counts.createIndex(Indexes.ascending(EXPIRES_AT), ttl)).thenReturn(counts))
                .toFuture();
    }
}
