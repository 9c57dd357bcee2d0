package org.newsroom.gateway.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;

import java.util.Optional;

/**
 * If-Modified-Since as every answer reads it, Micronaut's static files included: ignored when If-None-Match is given
 * (RFC 9110 §13.1.3: the entity tag decides, so a tag that does not match is a 200 whatever the date says), and
 * given in an obsolete date format (RFC 850, asctime) it is passed on as the IMF-fixdate it stands for; a date that
 * cannot be read is no condition at all (§13.1.3).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ConditionalRequests {

    @PreMatching
    @RequestFilter
    public void readIfModifiedSince(MutableHttpRequest<?> request) {
        HttpHeaders headers = request.getHeaders();
        String since = headers.get(HttpHeaders.IF_MODIFIED_SINCE);
        if (since == null) {
            return;
        }
        Optional<String> readable = HttpDates.parse(since).map(HttpDates::format);
        if (headers.contains(HttpHeaders.IF_NONE_MATCH) || readable.isEmpty()) {
            request.getHeaders().remove(HttpHeaders.IF_MODIFIED_SINCE);
        } else if (!readable.get().equals(since)) {
            request.getHeaders().set(HttpHeaders.IF_MODIFIED_SINCE, readable.get());
        }
    }
}
