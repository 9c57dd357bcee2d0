package org.newsroom.gateway.auth.throttle;

import io.micronaut.core.annotation.Nullable;

/**
 * The throttle's answer to one sign-in attempt: go ahead (counted in advance as a failure under
 * these keys in {@code store}, or not counted when the limits are off) or wait {@code retryAfterSeconds}.
 */
public record Admission(@Nullable String accountKey, @Nullable String ipKey, @Nullable FailureStore store,
                        long retryAfterSeconds) {

    static final Admission UNCOUNTED = new Admission(null, null, null, 0);

    static Admission counted(String accountKey, String ipKey, FailureStore store) {
        return new Admission(accountKey, ipKey, store, 0);
    }

    static Admission throttled(long retryAfterSeconds) {
        return new Admission(null, null, null, retryAfterSeconds);
    }

    public boolean isThrottled() {
        return retryAfterSeconds > 0;
    }

    boolean isCounted() {
        return accountKey != null;
    }
}
