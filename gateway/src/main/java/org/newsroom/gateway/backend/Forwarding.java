package org.newsroom.gateway.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import org.newsroom.gateway.http.Rendered;
import reactor.core.publisher.Mono;

import java.util.Locale;
import java.util.Map;

/**
 * Passes a request on to a service and its answer back as it is (status, body, Retry-After), with
 * {@code Location} rewritten into the public API: {@code /articles/x} becomes {@code /api/articles/x}.
 * Only the JSON (or problem+json) the services answer is passed on. A write (any method but GET) whose
 * fate is unknown, sent without an answer in time or answered with something else than JSON, is not
 * "unavailable, try again" but "may still have been saved" (504, 502).
 */
public final class Forwarding {

    private Forwarding() {
    }

    public static Mono<Rendered> forward(Backend backend, HttpMethod method, String path, @Nullable byte[] body, Call call,
                                         Map<String, String> headers) {
        boolean write = method != HttpMethod.GET;
        return backend.send(method, path, body, call, headers)
                .map(reply -> isReadable(reply) ? passedOn(reply)
                        : write ? Rendered.unreadableAnswer(backend.name()) : Rendered.unavailable(backend.name()))
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(e.problem()));
    }

    /** A request that changes nothing whatever its method (a preview sent as a POST): any failure is only "unavailable". */
    public static Mono<Rendered> ask(Backend backend, HttpMethod method, String path, @Nullable byte[] body, Call call,
                                     Map<String, String> headers) {
        return backend.send(method, path, body, call, headers)
                .map(reply -> isReadable(reply) ? passedOn(reply) : Rendered.unavailable(backend.name()))
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Rendered.unavailable(e.service()).withRetryAfter(e.retryAfter())));
    }

    private static Rendered passedOn(BackendReply reply) {
        boolean json = isJson(reply.contentType());
        return Rendered.passThrough(reply.status(), json ? reply.body() : new byte[0], json ? reply.contentType() : null)
                .withLocation(publicLocation(reply.location()))
                .withRetryAfter(reply.retryAfter());
    }

    /**
     * JSON or a problem, or nothing at all (a 204); a refusal in another form (a proxy's HTML page) is passed on as the
     * problem of its status, without its body.
     */
    private static boolean isReadable(BackendReply reply) {
        return reply.body().length == 0 || isJson(reply.contentType()) || reply.status() >= 400;
    }

    static boolean isJson(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    static @Nullable String publicLocation(@Nullable String location) {
        return location != null && location.startsWith("/") ? "/api" + location : null;
    }
}
