package org.newsroom.gateway.backend;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Retries are paid from a bucket that every tenth call refills by one retry, plus a small floor per
 * second so that a quiet gateway can still retry: a failing service is never hit with a storm of
 * retries, whatever the traffic.
 */
public class RetryBudget {

    private static final int CALLS_PER_RETRY = 10;

    private final Bucket bucket;
    private final AtomicLong calls = new AtomicLong();

    /** At most {@code burst} retries saved up; {@code floorPerSecond} more each second (0: none). */
    public RetryBudget(long burst, long floorPerSecond) {
        Bandwidth limit = floorPerSecond > 0
                ? Bandwidth.builder().capacity(burst).refillGreedy(floorPerSecond, Duration.ofSeconds(1)).build()
                : Bandwidth.builder().capacity(burst).refillGreedy(1, Duration.ofDays(3650)).build();
        bucket = Bucket.builder().addLimit(limit).build();
    }

    void recordCall() {
        if (calls.incrementAndGet() % CALLS_PER_RETRY == 0) {
            bucket.addTokens(1);
        }
    }

    boolean tryAcquire() {
        return bucket.tryConsume(1);
    }
}
