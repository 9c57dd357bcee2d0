package org.newsroom.gateway.backend;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;

/** articles-service and comments-service, each with its own budget and circuit breaker. */
@Factory
public class Backends {

    public static final String ARTICLES = "articles";
    public static final String COMMENTS = "comments";

    private final RetryBudget retries = new RetryBudget();

    @Singleton
    @Named(ARTICLES)
    Backend articles(@Client(id = ARTICLES) HttpClient client,
                     @Value("${gateway.articles.timeout-ms:800}") long timeoutMs,
                     @Value("${gateway.circuit.open-seconds:2}") long openSeconds) {
        return new Backend(ARTICLES, client, breaker(ARTICLES, openSeconds), Duration.ofMillis(timeoutMs), retries);
    }

    @Singleton
    @Named(COMMENTS)
    Backend comments(@Client(id = COMMENTS) HttpClient client,
                     @Value("${gateway.comments.timeout-ms:500}") long timeoutMs,
                     @Value("${gateway.circuit.open-seconds:2}") long openSeconds) {
        return new Backend(COMMENTS, client, breaker(COMMENTS, openSeconds), Duration.ofMillis(timeoutMs), retries);
    }

    private static CircuitBreaker breaker(String name, long openSeconds) {
        return CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(openSeconds))
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
    }
}
