package org.newsroom.support.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * A token without an expiry is refused: Micronaut checks {@code exp} only when it is there, so a
 * token made with the shared secret but no {@code exp} would be good for ever. The platform's own
 * tokens always carry one.
 */
@Singleton
public class TokensMustExpire implements GenericJwtClaimsValidator<Object> {

    @Override
    public boolean validate(Claims claims, @Nullable Object request) {
        return claims.get(Claims.EXPIRATION_TIME) != null;
    }
}
