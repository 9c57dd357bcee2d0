package org.newsroom.gateway.http;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Values kept for a moment, each for a lifetime chosen by its value, built once per key however
 * many ask at once: waiters on a build still running share it, however long it takes.
 */
public final class BriefCache<V> {

    private final Ticker ticker;
    private final ToLongFunction<V> lifetimeNanos;
    private final AsyncCache<Object, Kept<V>> cache;

    /** A value and the ticker time it stops being served, fixed when it was built. */
    private record Kept<V>(V value, long until) {
    }

    public BriefCache(Ticker ticker, long maxEntries, ToLongFunction<V> lifetimeNanos) {
        this.ticker = ticker;
        this.lifetimeNanos = lifetimeNanos;
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(maxEntries)
                .expireAfter(Expiry.<Object, Kept<V>>creating((key, kept) -> Duration.ofNanos(Math.max(0, kept.until() - ticker.read()))))
                .buildAsync();
    }

    /** The value kept under {@code key}, built by {@code build} when missing or past its time. */
    public Mono<V> get(Object key, Supplier<Mono<V>> build) {
        return Mono.fromFuture(() -> lookUp(key, build), true).map(Kept::value);
    }

    /**
     * Caffeine learns that a build finished after the build's first reader does, and until then it
     * would serve the value at any age: a finished value is checked here.
     */
    private CompletableFuture<Kept<V>> lookUp(Object key, Supplier<Mono<V>> build) {
        CompletableFuture<Kept<V>> found = cache.get(key, (ignored, executor) -> built(build));
        if (found.isDone() && !found.isCompletedExceptionally() && found.join().until() <= ticker.read()) {
            cache.asMap().remove(key, found);
            return cache.get(key, (ignored, executor) -> built(build));
        }
        return found;
    }

    /** A value's lifetime counts from when its build began: what it holds may be that old, however long the build took. */
    private CompletableFuture<Kept<V>> built(Supplier<Mono<V>> build) {
        return Mono.defer(() -> {
            long began = ticker.read();
            return build.get().map(value -> new Kept<>(value, began + lifetimeNanos.applyAsLong(value)));
        }).toFuture();
    }

    public void clear() {
        cache.synchronous().invalidateAll();
    }
}
