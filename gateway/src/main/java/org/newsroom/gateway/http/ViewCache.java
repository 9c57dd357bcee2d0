package org.newsroom.gateway.http;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
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
    private final Ticker ticker;
    private final long fresh;
    private final long degraded;
    private final AsyncCache<Object, Kept> cache;

    /** An answer and the ticker time it stops being served, fixed when it was built. */
    private record Kept(Rendered rendered, long until) {
    }

    public ViewCache(@Value("${gateway.cache.enabled:true}") boolean enabled,
                     @Value("${gateway.cache.ttl-ms:500}") long ttlMs,
                     @Value("${gateway.cache.degraded-ttl-ms:100}") long degradedTtlMs,
                     @Value("${gateway.cache.max-entries:20000}") long maxEntries,
                     @Nullable Ticker ticker) {
        this.enabled = enabled;
        this.ticker = ticker == null ? Ticker.systemTicker() : ticker;
        this.fresh = Duration.ofMillis(ttlMs).toNanos();
        this.degraded = Duration.ofMillis(degradedTtlMs).toNanos();
        this.cache = Caffeine.newBuilder()
                .ticker(this.ticker)
                .maximumSize(maxEntries)
                .expireAfter(Expiry.<Object, Kept>creating((key, kept) -> Duration.ofNanos(Math.max(0, kept.until() - this.ticker.read()))))
                .buildAsync();
    }

    /** The answer kept under {@code key} (a record of what was asked), built once by {@code build} when missing. */
    public Mono<Rendered> get(Object key, Supplier<Mono<Rendered>> build) {
        if (!enabled) {
            return Mono.defer(build);
        }
        return Mono.fromFuture(() -> lookUp(key, build), true).map(Kept::rendered);
    }

    /**
     * The kept answer, or a new build when it has outlived its time. The cache learns that a build
     * finished after the build's first reader does, so until then it would serve an answer of any
     * age: a finished answer is checked here. Waiters on a build still running share it, however long it takes.
     */
    private CompletableFuture<Kept> lookUp(Object key, Supplier<Mono<Rendered>> build) {
        CompletableFuture<Kept> found = cache.get(key, (ignored, executor) -> Mono.defer(build).map(this::kept).toFuture());
        if (found.isDone() && !found.isCompletedExceptionally() && found.join().until() <= ticker.read()) {
            cache.asMap().remove(key, found);
            return cache.get(key, (ignored, executor) -> Mono.defer(build).map(this::kept).toFuture());
        }
        return found;
    }

    private Kept kept(Rendered rendered) {
        return new Kept(rendered, ticker.read() + (rendered.isCacheable() ? fresh : degraded));
    }

    /** After a write through this instance: its own readers see the change at once. */
    public void clear() {
        cache.synchronous().invalidateAll();
    }
}
