package org.newsroom.gateway.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import org.newsroom.support.http.RequestIdFilter;

/** What every backend call carries from the reader's request: its id and, if any, the caller's token. */
public record Call(@Nullable String requestId, @Nullable String authorization) {

    public static Call of(HttpRequest<?> request) {
        return new Call(RequestIdFilter.of(request), request.getHeaders().get(HttpHeaders.AUTHORIZATION));
    }

    /** The request's id without the caller's token: for public reads whose answer is the same for everyone. */
    public static Call anonymous(HttpRequest<?> request) {
        return new Call(RequestIdFilter.of(request), null);
    }

    public static Call background(String token) {
        return new Call(null, "Bearer " + token);
    }

    public Call withoutToken() {
        return new Call(requestId, null);
    }
}
