package org.newsroom.gateway.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import org.newsroom.gateway.http.Rendered;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Passes a request on to a service and its answer back as it is (status, body, Retry-After), with
 * {@code Location} rewritten into the public API: {@code /articles/x} becomes {@code /api/articles/x};
 * a service's own 503 keeps its Retry-After. A write (any method but GET) sent without an answer in time
 * is not "unavailable, try again" but "may still have been saved" (504).
 */
public final class Forwarding {

    private Forwarding() {
    }

    public static Mono<Rendered> forward(Backend backend, HttpMethod method, String path, @Nullable byte[] body, Call call,
                                         Map<String, String> headers) {
        return backend.send(method, path, body, call, headers)
                .map(Forwarding::passedOn)
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(e.problem()));
    }

    /** A request that changes nothing whatever its method (a preview sent as a POST): any failure is only "unavailable". */
    public static Mono<Rendered> ask(Backend backend, HttpMethod method, String path, @Nullable byte[] body, Call call,
                                     Map<String, String> headers) {
        return backend.send(method, path, body, call, headers)
                .map(Forwarding::passedOn)
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Rendered.unavailable(e.service()).withRetryAfter(e.retryAfter())));
    }

    private static Rendered passedOn(BackendReply reply) {
        return Rendered.passThrough(reply.status(), reply.body(), reply.contentType())
                .withLocation(publicLocation(reply.location()))
                .withRetryAfter(reply.retryAfter());
    }

    static @Nullable String publicLocation(@Nullable String location) {
        return location != null && location.startsWith("/") ? "/api" + location : null;
    }
}
