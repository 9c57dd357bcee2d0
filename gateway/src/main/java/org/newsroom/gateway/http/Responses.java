package org.newsroom.gateway.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.Arrays;
import java.util.Optional;

/**
 * Turns a {@link Rendered} answer into an HTTP response, honouring If-None-Match with the weak comparison (RFC 9110
 * §13.1.2): {@code W/"x"}, the tag of the compressed answer ({@link WireHeaders}), matches {@code "x"}. The 304 names
 * the tag in the form it was asked with, so that a cache updates the copy it holds (compressed or not).
 */
public final class Responses {

    private Responses() {
    }

    public static MutableHttpResponse<byte[]> of(Rendered rendered, HttpRequest<?> request) {
        Optional<String> matched = rendered.etag() == null ? Optional.empty() : matching(request.getHeaders().get("If-None-Match"), rendered.etag());
        if (matched.isPresent()) {
            return HttpResponse.<byte[]>status(HttpStatus.NOT_MODIFIED).header("ETag", matched.get());
        }
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(HttpStatus.valueOf(rendered.status()))
                .contentType(rendered.contentType())
                .body(rendered.body());
        if (rendered.etag() != null) {
            response.header("ETag", rendered.etag());
        }
        if (rendered.degraded()) {
            response.header("Cache-Control", "no-store");
        }
        if (rendered.location() != null) {
            response.header("Location", rendered.location());
        }
        if (rendered.retryAfter() != null) {
            response.header("Retry-After", rendered.retryAfter());
        }
        return response;
    }

    /** The tag of {@code ifNoneMatch} that matches {@code etag}, as it was given ({@code etag} itself for {@code *}). */
    static Optional<String> matching(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return Optional.empty();
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .filter(tag -> tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag))
                .map(tag -> tag.equals("*") ? etag : tag)
                .findFirst();
    }
}
