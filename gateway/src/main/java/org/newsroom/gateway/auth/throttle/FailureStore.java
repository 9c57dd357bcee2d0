package org.newsroom.gateway.auth.throttle;

import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;

/** Where sign-in failures are counted, one running window per key. */
interface FailureStore {

    /** Counts one more for {@code key}, in its running window or in a new one starting {@code now}. */
    Mono<FailureCount> add(String key, Instant now, Duration window);

    /** Takes back one count of the running window (an attempt that turned out not to be a failure). */
    Mono<Void> subtract(String key, Instant now);

    Mono<Void> forget(String key);
}
