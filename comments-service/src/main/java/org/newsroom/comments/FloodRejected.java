package org.newsroom.comments;

/** A comment refused by the flood guard; answered 429 with Retry-After. */
public class FloodRejected extends RuntimeException {

    private final long retryAfterSeconds;

    public FloodRejected(long retryAfterSeconds) {
        super("You are posting comments too quickly. Please wait " + retryAfterSeconds + " seconds.", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
