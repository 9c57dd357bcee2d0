package org.newsroom.gateway.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import jakarta.inject.Singleton;

/**
 * A 401 names the one scheme the gateway takes. The Basic challenge Micronaut sends by default
 * made browsers hold a page's request behind their own password dialog, so a page whose token had
 * expired never heard back (basic-auth is switched off in application.yml).
 */
@Singleton
public class BearerChallenge implements WwwAuthenticateChallengeProvider<HttpRequest<?>> {

    public static final String CHALLENGE = "Bearer realm=\"gateway\"";

    @Override
    public String getWwwAuthenticateChallenge(HttpRequest<?> request) {
        return CHALLENGE;
    }
}
