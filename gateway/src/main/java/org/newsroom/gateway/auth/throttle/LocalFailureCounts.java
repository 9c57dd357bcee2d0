package org.newsroom.gateway.auth.throttle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;

/**
 * This instance's own counts, used while the shared store does not answer: the limits still hold,
 * per gateway instance instead of across all of them. Ended windows are ignored, and dropped by the
 * cache after a day without a count.
 */
@Singleton
class LocalFailureCounts implements FailureStore {

    private final Cache<String, FailureCount> counts = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofDays(1))
            .build();

    @Override
    public Mono<FailureCount> add(String key, Instant now, Duration window) {
        return Mono.fromSupplier(() -> counts.asMap().compute(key, (k, count) -> count == null || !count.windowEnds().isAfter(now)
                ? new FailureCount(1, now.plus(window))
                : new FailureCount(count.value() + 1, count.windowEnds())));
    }

    @Override
    public Mono<Void> subtract(String key, Instant now) {
        return Mono.fromRunnable(() -> counts.asMap().computeIfPresent(key, (k, count) -> count.windowEnds().isAfter(now)
                ? new FailureCount(count.value() - 1, count.windowEnds()) : count));
    }

    @Override
    public Mono<Void> forget(String key) {
        return Mono.fromRunnable(() -> counts.invalidate(key));
    }
}
