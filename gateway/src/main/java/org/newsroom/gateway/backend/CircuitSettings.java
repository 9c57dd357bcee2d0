package org.newsroom.gateway.backend;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * When a service's circuit opens: half of the calls of the last {@code gateway.circuit.window-seconds}
 * failed (at least 5 calls); it stays open {@code gateway.circuit.open-seconds}, answering at once
 * without calling, then half-opens by itself and the service's readiness decides ({@link CircuitRecovery}):
 * closed again, or open another while. The window is one of time, not of a number of
 * calls, so that failures from long ago (a service not yet started when a quiet gateway's relay
 * called it) cannot open the circuit on the next calls once the service is up.
 */
@Singleton
public class CircuitSettings {

    private static final Logger LOG = LoggerFactory.getLogger(CircuitSettings.class);

    private final long openSeconds;
    private final int minimumCalls;
    private final int windowSeconds;
    private final Duration probeTimeout;

    public CircuitSettings(@Value("${gateway.circuit.open-seconds:2}") long openSeconds,
                           @Value("${gateway.circuit.minimum-calls:5}") int minimumCalls,
                           @Value("${gateway.circuit.window-seconds:10}") int windowSeconds,
                           @Value("${gateway.circuit.probe-timeout-ms:1000}") long probeTimeoutMs) {
        this.openSeconds = openSeconds;
        this.minimumCalls = minimumCalls;
        this.windowSeconds = windowSeconds;
        this.probeTimeout = Duration.ofMillis(probeTimeoutMs);
    }

    /** How long the readiness call that may close a half-open circuit can take. */
    Duration probeTimeout() {
        return probeTimeout;
    }

    CircuitBreaker breaker(String name) {
        return breaker(name, Clock.systemUTC());
    }

    CircuitBreaker breaker(String name, Clock clock) {
        CircuitBreaker breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .clock(clock)
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
                .slidingWindowSize(windowSeconds)
                .minimumNumberOfCalls(minimumCalls)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(openSeconds))
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                // a call that slips in while the readiness call decides is a trial call
                .permittedNumberOfCallsInHalfOpenState(2)
                // should the readiness call never answer, the circuit opens again rather than stay half-open
                .maxWaitDurationInHalfOpenState(probeTimeout.plusSeconds(1))
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            CircuitBreaker.StateTransition change = event.getStateTransition();
            if (change.getFromState() == CircuitBreaker.State.CLOSED || change.getToState() == CircuitBreaker.State.CLOSED) {
                LOG.warn("Circuit of {} calls: {}", name, change);
            } else {
                // open, half-open (a readiness call), open again: every few seconds while a service is down
                LOG.debug("Circuit of {} calls: {}", name, change);
            }
        });
        return breaker;
    }
}
