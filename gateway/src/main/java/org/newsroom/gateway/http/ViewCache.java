package org.newsroom.gateway.http;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Finished public answers kept for a moment. The lifetime is short enough (500 ms by default)
 * that a change shows within a second on every gateway instance, long enough that a busy page is
 * built once, not per request. Concurrent misses share one build. Degraded answers live only
 * briefly, so a recovered service is used again at once. Time is read from a {@link Ticker} bean
 * when there is one (tests move it on), else from the system.
 */
@Singleton
public class ViewCache {

    private final boolean enabled;
    private final BriefCache<Rendered> cache;

    public ViewCache(@Value("${gateway.cache.enabled:true}") boolean enabled,
                     @Value("${gateway.cache.ttl-ms:500}") long ttlMs,
                     @Value("${gateway.cache.degraded-ttl-ms:100}") long degradedTtlMs,
                     @Value("${gateway.cache.max-entries:20000}") long maxEntries,
                     @Nullable Ticker ticker) {
        this.enabled = enabled;
        long fresh = Duration.ofMillis(ttlMs).toNanos();
        long degraded = Duration.ofMillis(degradedTtlMs).toNanos();
        this.cache = new BriefCache<>(ticker == null ? Ticker.systemTicker() : ticker, maxEntries,
                rendered -> rendered.isCacheable() ? fresh : degraded);
    }

    /** The answer kept under {@code key} (a record of what was asked), built once by {@code build} when missing. */
    public Mono<Rendered> get(Object key, Supplier<Mono<Rendered>> build) {
        return enabled ? cache.get(key, build) : Mono.defer(build);
    }

    /** After a write through this instance: its own readers see the change at once. */
    public void clear() {
        cache.clear();
    }
}
