package org.newsroom.gateway.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Answers that are one caller's own are stored by no cache: the sign-in's token (RFC 6749 §5.1), and every API
 * answer to a request with a token (the moderation queue with its emails and addresses, an editor's view of a
 * draft). Shared caches must also tell them apart from the readers' answers to the same URL.
 */
@ServerFilter("/api/**")
public class PrivateAnswers {

    static final String PRIVATE = "private, no-store";

    @ResponseFilter
    public void keepPrivate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION) || request.getPath().equals("/api/login")) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, PRIVATE);
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        }
    }
}
