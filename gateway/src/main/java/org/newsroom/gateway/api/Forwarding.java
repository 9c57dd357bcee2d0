package org.newsroom.gateway.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.ServiceUnavailable;
import org.newsroom.gateway.http.Rendered;
import reactor.core.publisher.Mono;

import java.util.Map;

/** Passing a request on to a service and its answer back, Location rewritten into the public API. */
final class Forwarding {

    private Forwarding() {
    }

    static Mono<Rendered> forward(Backend backend, HttpMethod method, String path, @Nullable byte[] body, Call call,
                                  Map<String, String> headers) {
        return backend.send(method, path, body, call, headers)
                .map(reply -> {
                    Rendered rendered = Rendered.passThrough(reply.status(), reply.body(), reply.contentType());
                    return rendered.withLocation(reply.location() == null ? null : "/api" + reply.location())
                            .withRetryAfter(reply.retryAfter());
                })
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Rendered.unavailable(backend.name())));
    }

    static Mono<Rendered> get(Backend backend, String path, Call call) {
        return backend.get(path, call)
                .map(reply -> reply.isSuccess() ? Rendered.ok(reply.body()) : Rendered.passThrough(reply.status(), reply.body(), reply.contentType()))
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Rendered.unavailable(backend.name())));
    }
}
