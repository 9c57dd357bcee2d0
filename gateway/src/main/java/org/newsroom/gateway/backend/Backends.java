package org.newsroom.gateway.backend;

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
    private final Duration writeBudget;

    public Backends(@Value("${gateway.write-timeout-ms:5000}") long writeTimeoutMs) {
        this.writeBudget = Duration.ofMillis(writeTimeoutMs);
    }

    @Singleton
    @Named(ARTICLES)
    Backend articles(@Client(id = ARTICLES) HttpClient client,
                     @Value("${gateway.articles.timeout-ms:800}") long timeoutMs,
                     CircuitSettings circuit) {
        return new Backend(ARTICLES, client, circuit.breaker(ARTICLES), Duration.ofMillis(timeoutMs), writeBudget, retries);
    }

    @Singleton
    @Named(COMMENTS)
    Backend comments(@Client(id = COMMENTS) HttpClient client,
                     @Value("${gateway.comments.timeout-ms:500}") long timeoutMs,
                     CircuitSettings circuit) {
        return new Backend(COMMENTS, client, circuit.breaker(COMMENTS), Duration.ofMillis(timeoutMs), writeBudget, retries);
    }
}
