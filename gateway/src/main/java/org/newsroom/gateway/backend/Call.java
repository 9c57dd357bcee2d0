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

    public static Call background(String token) {
        return new Call(null, "Bearer " + token);
    }

    public boolean isAnonymous() {
        return authorization == null;
    }
}
