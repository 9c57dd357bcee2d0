package org.newsroom.gateway.feeds;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import org.newsroom.gateway.http.HttpDates;
import org.newsroom.gateway.http.Responses;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A feed or sitemap as an HTTP answer: ETag and Last-Modified, 304 for If-None-Match or If-Modified-Since; when
 * If-None-Match is given, If-Modified-Since is not looked at (RFC 9110 §13.1.3).
 */
final class FeedResponses {

    private FeedResponses() {
    }

    static MutableHttpResponse<byte[]> of(Published published, HttpRequest<?> request) {
        Instant lastModified = published.lastModified() == null ? null : published.lastModified().truncatedTo(ChronoUnit.SECONDS);
        String ifModifiedSince = request.getHeaders().get("If-Modified-Since");
        MutableHttpResponse<byte[]> response;
        if (lastModified != null && published.rendered().etag() != null && request.getHeaders().get("If-None-Match") == null
                && notModifiedSince(ifModifiedSince, lastModified)) {
            response = HttpResponse.<byte[]>status(HttpStatus.NOT_MODIFIED).header("ETag", published.rendered().etag());
        } else {
            response = Responses.of(published.rendered(), request);
        }
        if (published.rendered().status() == 200) {
            if (lastModified != null) {
                response.header("Last-Modified", HttpDates.format(lastModified));
            }
            // kept here up to 5 s, then up to 4 s by the client: a change shows within 10 s
            response.header("Cache-Control", "public, max-age=4");
        }
        return response;
    }

    private static boolean notModifiedSince(String ifModifiedSince, Instant lastModified) {
        return HttpDates.parse(ifModifiedSince).filter(since -> !lastModified.isAfter(since)).isPresent();
    }
}
