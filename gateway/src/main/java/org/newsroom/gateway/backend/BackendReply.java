package org.newsroom.gateway.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/** A service's answer: status, the few headers the gateway passes on, and the raw body. */
public record BackendReply(int status, byte[] body, @Nullable String location, @Nullable String retryAfter,
                           @Nullable String contentType) {

    static BackendReply of(HttpResponse<byte[]> response) {
        return of(response, response.getBody().orElse(new byte[0]));
    }

    static BackendReply of(HttpClientResponseException error) {
        return of(error.getResponse(), error.getResponse().getBody(byte[].class).orElse(new byte[0]));
    }

    private static BackendReply of(HttpResponse<?> response, byte[] body) {
        HttpHeaders headers = response.getHeaders();
        return new BackendReply(response.code(), body, headers.get(HttpHeaders.LOCATION), headers.get(HttpHeaders.RETRY_AFTER),
                headers.get(HttpHeaders.CONTENT_TYPE));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean isServerError() {
        return status >= 500;
    }
}
