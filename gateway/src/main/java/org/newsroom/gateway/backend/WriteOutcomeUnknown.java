package org.newsroom.gateway.backend;

import org.newsroom.gateway.http.Rendered;

/**
 * A write reached the service, or may have, and no answer came in time (or the connection broke before one came): the
 * service may have applied it, or may still. Its reader must not be told to simply try again, which could apply it
 * twice or be refused as a duplicate: 504, "may still have been saved".
 */
public class WriteOutcomeUnknown extends ServiceUnavailable {

    public WriteOutcomeUnknown(String service, Throwable cause) {
        super(service, cause, null);
    }

    @Override
    public Rendered problem() {
        return Rendered.outcomeUnknown(service());
    }
}
