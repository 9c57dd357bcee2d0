package org.newsroom.gateway.auth.throttle;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.http.Responses;

/** The bearer-token sign-in answers, plus 429 with Retry-After for a throttled attempt. */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
@Requires(property = "micronaut.security.authentication", value = "bearer")
public class ThrottledLoginHandler extends AccessRefreshTokenLoginHandler {

    public ThrottledLoginHandler(AccessRefreshTokenGenerator tokens) {
        super(tokens);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        if (failure instanceof LoginThrottled throttled) {
            Rendered tooMany = Rendered.problem(429, "Too Many Requests", "Too many failed sign-ins; try again later.")
                    .withRetryAfter(String.valueOf(throttled.retryAfterSeconds()));
            return Responses.of(tooMany, request);
        }
        return super.loginFailed(failure, request);
    }
}
