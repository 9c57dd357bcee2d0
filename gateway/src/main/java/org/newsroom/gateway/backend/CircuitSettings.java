package org.newsroom.gateway.backend;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * When a service's circuit opens: half of the last 20 calls failed (at least 5 of them); it stays
 * open {@code gateway.circuit.open-seconds}, answering at once without calling, then lets two
 * trial calls through.
 */
@Singleton
public class CircuitSettings {

    private final long openSeconds;
    private final int minimumCalls;

    public CircuitSettings(@Value("${gateway.circuit.open-seconds:2}") long openSeconds,
                           @Value("${gateway.circuit.minimum-calls:5}") int minimumCalls) {
        this.openSeconds = openSeconds;
        this.minimumCalls = minimumCalls;
    }

    CircuitBreaker breaker(String name) {
        return CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowSize(Math.max(20, minimumCalls))
                .minimumNumberOfCalls(minimumCalls)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(openSeconds))
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
    }
}
