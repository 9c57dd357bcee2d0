package org.newsroom.gateway.backend;

import io.micronaut.core.annotation.Nullable;
import org.newsroom.gateway.http.Rendered;

/** A service did not answer usefully in time: down, slow, broken, or its circuit is open. */
public class ServiceUnavailable extends RuntimeException {

    private final String service;
    @Nullable
    private final String retryAfter;

    public ServiceUnavailable(String service, @Nullable Throwable cause, @Nullable String retryAfter) {
        super(service + " is unavailable", cause, false, false);
        this.service = service;
        this.retryAfter = retryAfter;
    }

    public ServiceUnavailable(String service) {
        this(service, null, null);
    }

    /** The service's name ({@link Backends#ARTICLES}, {@link Backends#COMMENTS}). */
    public String service() {
        return service;
    }

    /** The service's own {@code Retry-After}, when it answered 503 with one. */
    @Nullable
    public String retryAfter() {
        return retryAfter;
    }

    /** What a reader is told: 503 naming the service, with the service's own Retry-After if it gave one. */
    public Rendered problem() {
        return Rendered.unavailable(service).withRetryAfter(retryAfter);
    }
}
