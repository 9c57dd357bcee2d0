package org.newsroom.gateway.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.Arrays;

/** Turns a {@link Rendered} answer into an HTTP response, honouring If-None-Match. */
public final class Responses {

    private Responses() {
    }

    public static MutableHttpResponse<byte[]> of(Rendered rendered, HttpRequest<?> request) {
        if (rendered.etag() != null && matches(request.getHeaders().get("If-None-Match"), rendered.etag())) {
            return HttpResponse.<byte[]>status(HttpStatus.NOT_MODIFIED).header("ETag", rendered.etag());
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

    static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
