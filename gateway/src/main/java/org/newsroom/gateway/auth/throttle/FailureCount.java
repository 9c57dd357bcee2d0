package org.newsroom.gateway.auth.throttle;

import org.bson.Document;

import java.time.Instant;

/** How many sign-ins one key has started in its current window, and when that window ends. */
record FailureCount(int value, Instant windowEnds) {

    static FailureCount of(Document document) {
        return new FailureCount(document.getInteger(FailureCounts.COUNT), document.getDate(FailureCounts.EXPIRES_AT).toInstant());
    }
}
