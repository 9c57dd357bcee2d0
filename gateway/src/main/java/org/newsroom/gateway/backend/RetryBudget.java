package org.newsroom.gateway.backend;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import java.time.Duration;

/**
 * Retries are paid from a bucket that every call refills a little (a tenth of a retry per call,
 * plus a small floor), so that a failing service is never hit with a storm of retries.
 */
public class RetryBudget {

    private static final int PER_CALLS = 10;

    private final Bucket bucket = Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(20).refillGreedy(5, Duration.ofSeconds(1)).build())
            .build();
    private final java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();

    void recordCall() {
        if (calls.incrementAndGet() % PER_CALLS == 0) {
            bucket.addTokens(1);
        }
    }

    boolean tryAcquire() {
        return bucket.tryConsume(1);
    }
}
