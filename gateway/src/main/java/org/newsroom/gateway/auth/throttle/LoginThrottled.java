package org.newsroom.gateway.auth.throttle;

import io.micronaut.security.authentication.AuthenticationFailed;

/** A sign-in refused before its password was checked: too many failures; try again after some seconds. */
public class LoginThrottled extends AuthenticationFailed {

    private final long retryAfterSeconds;

    public LoginThrottled(long retryAfterSeconds) {
        super("Too many failed sign-ins; try again later.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
