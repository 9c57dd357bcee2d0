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
 * without calling, then lets two trial calls through. The window is one of time, not of a number of
 * calls, so that failures from long ago (a service not yet started when a quiet gateway's relay
 * called it) cannot open the circuit on the next calls once the service is up.
 */
@Singleton
public class CircuitSettings {

    private static final Logger LOG = LoggerFactory.getLogger(CircuitSettings.class);

    private final long openSeconds;
    private final int minimumCalls;
    private final int windowSeconds;

    public CircuitSettings(@Value("${gateway.circuit.open-seconds:2}") long openSeconds,
                           @Value("${gateway.circuit.minimum-calls:5}") int minimumCalls,
                           @Value("${gateway.circuit.window-seconds:10}") int windowSeconds) {
        this.openSeconds = openSeconds;
        this.minimumCalls = minimumCalls;
        this.windowSeconds = windowSeconds;
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
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
        breaker.getEventPublisher().onStateTransition(event ->
                LOG.warn("Circuit of {} calls: {}", name, event.getStateTransition()));
        return breaker;
    }
}
