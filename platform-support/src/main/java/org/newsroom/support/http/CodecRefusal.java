package org.newsroom.support.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

import java.util.Optional;

/**
 * What the HTTP codec could not read when it refused a request before any route (it passes no exception),
 * and the status that says so: Micronaut answers every too-long part with 413, which is kept for bodies.
 */
enum CodecRefusal {
    REQUEST_LINE_TOO_LONG(HttpStatus.REQUEST_URI_TOO_LONG, "The request line (method, path and query) is too long."),
    HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "The request's headers are too large.");

    final HttpStatus status;
    final String detail;

    CodecRefusal(HttpStatus status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    static Optional<CodecRefusal> of(HttpRequest<?> request) {
        Throwable failure = request instanceof NettyHttpRequest<?> netty && netty.getNativeRequest().decoderResult().isFailure()
                ? netty.getNativeRequest().decoderResult().cause() : null;
        if (failure instanceof TooLongHttpLineException) {
            return Optional.of(REQUEST_LINE_TOO_LONG);
        }
        if (failure instanceof TooLongHttpHeaderException) {
            return Optional.of(HEADERS_TOO_LARGE);
        }
        return Optional.empty();
    }
}
