package org.newsroom.gateway.backend;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.micrometer.core.instrument.Counter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.discovery.exceptions.NoAvailableServiceException;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.newsroom.gateway.http.HttpDates;
import org.newsroom.support.http.RequestIdFilter;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * One service behind the gateway: calls go through Micronaut's load-balanced client (health-checked
 * instances), a time budget, a circuit breaker ({@link CircuitRecovery} closes it again), and, for reads only,
 * one jittered retry paid from a shared budget. A 5xx (its Retry-After kept), a timeout or a broken connection is a
 * {@link ServiceUnavailable}, a write that was sent and got no answer a {@link WriteOutcomeUnknown}; any other
 * answer, 4xx included, is a {@link BackendReply}.
 */
public class Backend {

    static final String READINESS = "/health/readiness";

    private final String name;
    private final HttpClient client;
    private final CircuitBreaker breaker;
    private final CircuitRecovery recovery;
    private final Duration probeTimeout;
    private final Duration readBudget;
    private final Duration writeBudget;
    private final RetryBudget retries;
    private final Counter retried;

    /**
     * Reads must answer within {@code readBudget}; writes, which a reader waits for once, get {@code writeBudget};
     * the readiness call that closes an open circuit gets {@code probeTimeout}.
     */
    public Backend(String name, HttpClient client, CircuitBreaker breaker, Duration probeTimeout, Duration readBudget,
                   Duration writeBudget, RetryBudget retries, Counter retried) {
        this.name = name;
        this.client = client;
        this.breaker = breaker;
        this.probeTimeout = probeTimeout;
        this.recovery = new CircuitRecovery(breaker, () -> answers(READINESS, probeTimeout));
        this.readBudget = readBudget;
        this.writeBudget = writeBudget;
        this.retries = retries;
        this.retried = retried;
    }

    public String name() {
        return name;
    }

    /**
     * The same service for calls nobody waits on (the deletion relay): a circuit breaker of their own,
     * so that their failures never open the circuit readers depend on, nor does its opening stop them;
     * reads get the write budget.
     */
    Backend forBackgroundCalls(CircuitBreaker backgroundBreaker) {
        return new Backend(name, client, backgroundBreaker, probeTimeout, writeBudget, writeBudget, retries, retried);
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    /** How long a read may take: a caller that need not wait for a write's end waits this long at most. */
    public Duration readBudget() {
        return readBudget;
    }

    public Mono<BackendReply> get(String path, Call call) {
        return send(HttpMethod.GET, path, null, call, Map.of());
    }

    public Mono<BackendReply> send(HttpMethod method, String path, @Nullable byte[] body, Call call, Map<String, String> headers) {
        Mono<BackendReply> attempt = Mono.defer(() -> exchange(request(method, path, body, call, headers)));
        boolean write = method != HttpMethod.GET;
        if (!write) {
            attempt = attempt.retryWhen(Retry.backoff(1, Duration.ofMillis(20)).jitter(0.5)
                    .filter(error -> !(error instanceof ServerError) && retries.tryAcquire())
                    .doBeforeRetry(signal -> retried.increment()));
        } else {
            retries.recordCall();
        }
        Duration budget = write ? writeBudget : readBudget;
        Mono<BackendReply> timed = attempt;
        return Mono.defer(() -> {
            long deadline = System.nanoTime() + budget.toNanos();
            // with a fallback, Reactor skips naming the whole operator chain for its timeout message on every call
            Mono<BackendReply> guarded = Mono.defer(() -> timed.timeout(left(deadline),
                            Mono.error(() -> new TimeoutException(name + " did not answer within " + budget.toMillis() + " ms"))))
                    .transformDeferred(CircuitBreakerOperator.of(breaker));
            if (!recovery.isHalfOpen()) {
                return guarded;
            }
            // the readiness call is deciding whether the circuit closes: wait for it rather than be refused
            return recovery.settled(left(deadline)).then(Mono.defer(() -> recovery.isHalfOpen()
                    ? Mono.error(CallNotPermittedException.createCallNotPermittedException(breaker)) : guarded));
        }).onErrorMap(error -> !(error instanceof ServiceUnavailable), error -> failure(error, write));
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    /**
     * A failed call as the callers see it. A write whose fate is unknown, because it was (or may have been) sent and
     * no answer came, is a {@link WriteOutcomeUnknown}; a write that certainly was not made (refused by the circuit,
     * no connection, or answered 5xx by the service) is unavailable like a read, with the service's Retry-After if it
     * gave one.
     */
    private ServiceUnavailable failure(Throwable error, boolean write) {
        if (error instanceof ServerError answered) {
            return new ServiceUnavailable(name, error, answered.retryAfter);
        }
        return write && !certainlyNotSent(error) ? new WriteOutcomeUnknown(name, error) : new ServiceUnavailable(name, error, null);
    }

    private static boolean certainlyNotSent(Throwable error) {
        if (error instanceof CallNotPermittedException) {
            return true;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException || cause instanceof NoAvailableServiceException) {
                return true;
            }
        }
        return false;
    }

    /** Whether some instance answers {@code path} with a 2xx in time; no circuit breaker, no retry, no budget. */
    Mono<Boolean> answers(String path, Duration timeout) {
        return Mono.from(client.exchange(HttpRequest.GET(path), byte[].class))
                .map(response -> response.code() < 300)
                .timeout(timeout)
                .onErrorReturn(false);
    }

    private Mono<BackendReply> exchange(MutableHttpRequest<?> request) {
        retries.recordCall();
        return Mono.from(client.exchange(request, byte[].class))
                .map(BackendReply::of)
                .onErrorResume(HttpClientResponseException.class, e -> Mono.just(BackendReply.of(e)))
                .flatMap(reply -> reply.isServerError() ? Mono.error(new ServerError(reply)) : Mono.just(reply));
    }

    private static MutableHttpRequest<?> request(HttpMethod method, String path, @Nullable byte[] body, Call call,
                                                 Map<String, String> headers) {
        MutableHttpRequest<Object> request = HttpRequest.create(method, path);
        if (body != null) {
            request.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        request.accept(MediaType.APPLICATION_JSON_TYPE);
        if (call.requestId() != null) {
            request.header(RequestIdFilter.HEADER, call.requestId());
        }
        if (call.authorization() != null) {
            request.header("Authorization", call.authorization());
        }
        headers.forEach(request::header);
        return request;
    }

    /** A 5xx from the service: counted by the circuit breaker, never retried; a 503's Retry-After is kept for the caller. */
    static final class ServerError extends RuntimeException {

        @Nullable
        private final String retryAfter;

        ServerError(BackendReply reply) {
            super("answered " + reply.status(), null, false, false);
            this.retryAfter = reply.status() == 503 ? valid(reply.retryAfter()) : null;
        }

        /** Whole seconds or an HTTP date, as RFC 9110 allows; anything else is dropped (the gateway's own applies). */
        @Nullable
        private static String valid(@Nullable String retryAfter) {
            String value = retryAfter == null ? "" : retryAfter.trim();
            return value.matches("\\d{1,9}") || HttpDates.parse(value).isPresent() ? value : null;
        }
    }
}
