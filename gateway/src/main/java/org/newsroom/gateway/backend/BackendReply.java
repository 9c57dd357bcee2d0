package org.newsroom.gateway.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;

import java.nio.charset.StandardCharsets;

/** A service's answer: status, the few headers the gateway passes on, and the raw body. */
public record BackendReply(int status, byte[] body, @Nullable String location, @Nullable String retryAfter,
                           @Nullable String contentType) {

    static BackendReply of(HttpResponse<byte[]> response) {
        return new BackendReply(response.code(), response.getBody().orElse(new byte[0]),
                response.getHeaders().get("Location"), response.getHeaders().get("Retry-After"),
                response.getHeaders().get("Content-Type"));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean isServerError() {
        return status >= 500;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
