package org.newsroom.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

/**
 * The reader's address and user agent. The gateway resolves them and sends them in headers; only
 * the gateway can reach this service, so those headers are trusted.
 */
final class ClientInfo {

    static final String CLIENT_IP = "X-Client-IP";
    static final String CLIENT_USER_AGENT = "X-Client-User-Agent";
    private static final int MAX_LENGTH = 512;

    private ClientInfo() {
    }

    @Nullable
    static String ip(HttpRequest<?> request) {
        String forwarded = request.getHeaders().get(CLIENT_IP);
        return forwarded != null && !forwarded.isBlank()
                ? limit(forwarded.trim()) : request.getRemoteAddress().getAddress().getHostAddress();
    }

    @Nullable
    static String userAgent(HttpRequest<?> request) {
        String forwarded = request.getHeaders().get(CLIENT_USER_AGENT);
        return limit(forwarded != null ? forwarded : request.getHeaders().get(HttpHeaders.USER_AGENT));
    }

    @Nullable
    private static String limit(@Nullable String value) {
        return value == null || value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
    }
}
