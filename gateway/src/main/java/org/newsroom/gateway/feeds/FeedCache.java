package org.newsroom.gateway.feeds;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.newsroom.gateway.http.BriefCache;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Feeds and sitemaps kept for a few seconds (5 by default, so a change shows within 10 s), built
 * once per key however many readers and crawlers ask at once; a failed build is kept only briefly.
 */
@Singleton
public class FeedCache {

    private final BriefCache<Published> cache;

    public FeedCache(@Value("${gateway.feeds.ttl-ms:5000}") long ttlMs) {
        long fresh = Duration.ofMillis(ttlMs).toNanos();
        long failed = Duration.ofMillis(Math.min(ttlMs, 500)).toNanos();
        this.cache = new BriefCache<>(Ticker.systemTicker(), 5_000, published -> published.rendered().status() == 200 ? fresh : failed);
    }

    Mono<Published> get(Object key, Supplier<Mono<Published>> build) {
        return cache.get(key, build);
    }
}
