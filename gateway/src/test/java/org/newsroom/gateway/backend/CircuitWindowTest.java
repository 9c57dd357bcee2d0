package org.newsroom.gateway.backend;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.SettableClock;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The circuit judges the calls of its time window only: failures from before it cannot open it. */
class CircuitWindowTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final CircuitBreaker breaker = new CircuitSettings(2, 5, 10, 1000).breaker("comments", clock);

    @Test
    void failuresOlderThanTheWindowDoNotOpenTheCircuit() {
        fail(3);
        clock.advance(Duration.ofSeconds(11));
        succeed(2);

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void halfOfTheCallsInsideTheWindowFailingOpensTheCircuit() {
        fail(3);
        clock.advance(Duration.ofSeconds(1));
        succeed(2);

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    private void fail(int calls) {
        for (int i = 0; i < calls; i++) {
            breaker.acquirePermission();
            breaker.onError(1, TimeUnit.MILLISECONDS, new IOException("connection refused"));
        }
    }

    private void succeed(int calls) {
        for (int i = 0; i < calls; i++) {
            breaker.acquirePermission();
            breaker.onSuccess(1, TimeUnit.MILLISECONDS);
        }
    }
}
