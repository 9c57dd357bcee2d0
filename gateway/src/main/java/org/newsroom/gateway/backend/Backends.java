package org.newsroom.gateway.backend;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * articles-service and comments-service, each with its own read budget, circuit breaker and retry counter;
 * and each again for background calls, with a circuit breaker apart from the one of user traffic.
 */
@Factory
public class Backends {

    public static final String ARTICLES = "articles";
    public static final String COMMENTS = "comments";
    public static final String ARTICLES_BACKGROUND = "articles-background";
    public static final String COMMENTS_BACKGROUND = "comments-background";

    private final RetryBudget retries;
    private final Duration writeBudget;
    private final CircuitSettings circuit;
    private final MeterRegistry meters;

    public Backends(@Value("${gateway.write-timeout-ms:5000}") long writeTimeoutMs, CircuitSettings circuit, MeterRegistry meters,
                    @Value("${gateway.retry.burst:20}") long retryBurst,
                    @Value("${gateway.retry.floor-per-second:5}") long retryFloorPerSecond) {
        LateCallFailures.quiet();
        this.retries = new RetryBudget(retryBurst, retryFloorPerSecond);
        this.writeBudget = Duration.ofMillis(writeTimeoutMs);
        this.circuit = circuit;
        this.meters = meters;
    }

    @Singleton
    @Named(ARTICLES)
    Backend articles(@Client(id = ARTICLES) HttpClient client, @Value("${gateway.articles.timeout-ms:800}") long timeoutMs) {
        return backend(ARTICLES, client, timeoutMs);
    }

    @Singleton
    @Named(COMMENTS)
    Backend comments(@Client(id = COMMENTS) HttpClient client, @Value("${gateway.comments.timeout-ms:500}") long timeoutMs) {
        return backend(COMMENTS, client, timeoutMs);
    }

    @Singleton
    @Named(ARTICLES_BACKGROUND)
    Backend articlesInBackground(@Named(ARTICLES) Backend articles) {
        return articles.forBackgroundCalls(circuit.breaker(ARTICLES_BACKGROUND));
    }

    @Singleton
    @Named(COMMENTS_BACKGROUND)
    Backend commentsInBackground(@Named(COMMENTS) Backend comments) {
        return comments.forBackgroundCalls(circuit.breaker(COMMENTS_BACKGROUND));
    }

    private Backend backend(String name, HttpClient client, long timeoutMs) {
        Counter retried = Counter.builder("gateway.backend.retries").tag("service", name)
                .description("Reads retried after a broken connection").register(meters);
        return new Backend(name, client, circuit.breaker(name), circuit.probeTimeout(), Duration.ofMillis(timeoutMs), writeBudget, retries,
                retried);
    }
}
