package org.newsroom.gateway.feeds;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Feeds and sitemaps kept for a few seconds (5 by default, so a change shows within 10 s), built
 * once per key however many readers and crawlers ask at once; a failed build is kept only briefly.
 */
@Singleton
public class FeedCache {

    private final AsyncCache<Object, Published> cache;

    public FeedCache(@Value("${gateway.feeds.ttl-ms:5000}") long ttlMs) {
        long fresh = Duration.ofMillis(ttlMs).toNanos();
        long failed = Duration.ofMillis(Math.min(ttlMs, 500)).toNanos();
        this.cache = Caffeine.newBuilder()
                .maximumSize(5_000)
                .expireAfter(Expiry.<Object, Published>creating((key, value) -> Duration.ofNanos(value.rendered().status() == 200 ? fresh : failed)))
                .buildAsync();
    }

    Mono<Published> get(Object key, Supplier<Mono<Published>> build) {
        return Mono.fromFuture(() -> cache.get(key, (ignored, executor) -> Mono.defer(build).toFuture()), true);
    }
}
