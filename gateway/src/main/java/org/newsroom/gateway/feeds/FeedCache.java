package org.newsroom.gateway.feeds;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.newsroom.gateway.http.BriefCache;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Feeds and sitemaps kept for a few seconds (5 by default, so a change shows within 10 s), built
 * once per key however many readers and crawlers ask at once; a failed build is kept only briefly.
 * Last-Modified is the newest entry's time, and moves on whenever the content does even when no entry
 * is newer (one approved late, edited, hidden or removed, the last one gone), so that If-Modified-Since never hides
 * a change. A feed with nothing to date it by has none until it changes.
 */
@Singleton
public class FeedCache {

    private final BriefCache<Published> cache;
    /** The last answer built for each key, for its ETag and Last-Modified. */
    private final Cache<Object, Published> lastBuilt = Caffeine.newBuilder().maximumSize(20_000).expireAfterAccess(Duration.ofDays(2)).build();

    public FeedCache(@Value("${gateway.feeds.ttl-ms:5000}") long ttlMs) {
        long fresh = Duration.ofMillis(ttlMs).toNanos();
        long failed = Duration.ofMillis(Math.min(ttlMs, 500)).toNanos();
        this.cache = new BriefCache<>(Ticker.systemTicker(), 5_000, published -> published.rendered().status() == 200 ? fresh : failed);
    }

    Mono<Published> get(Object key, Supplier<Mono<Published>> build) {
        return cache.get(key, () -> build.get().map(built -> dated(key, built)));
    }

    private Published dated(Object key, Published built) {
        if (built.rendered().status() != 200 || built.rendered().etag() == null) {
            return built;
        }
        Published before = lastBuilt.getIfPresent(key);
        Published dated = built;
        if (before != null && before.lastModified() != null) {
            Instant previous = seconds(before.lastModified());
            if (Objects.equals(before.rendered().etag(), built.rendered().etag())) {
                dated = new Published(built.rendered(), before.lastModified());
            } else if (built.lastModified() == null || !seconds(built.lastModified()).isAfter(previous)) {
                Instant now = seconds(Instant.now());
                dated = new Published(built.rendered(), now.isAfter(previous) ? now : previous.plusSeconds(1));
            }
        }
        lastBuilt.put(key, dated);
        return dated;
    }

    /** Last-Modified has whole seconds. */
    private static Instant seconds(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS);
    }
}
