package org.newsroom.gateway.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every 503 the gateway answers (a feed, the sitemap, a page or the API while a service is down or slow) says when
 * to try again: {@code Retry-After} of a few seconds, about as long as a tripped circuit stays open and a failed
 * feed is kept; a 503 of a service passed on with its own Retry-After keeps it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RetryLater {

    static final String SECONDS = "5";

    @ResponseFilter
    public void retryAfter(MutableHttpResponse<?> response) {
        if (response.code() == HttpStatus.SERVICE_UNAVAILABLE.getCode() && !response.getHeaders().contains(HttpHeaders.RETRY_AFTER)) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, SECONDS);
        }
    }
}
