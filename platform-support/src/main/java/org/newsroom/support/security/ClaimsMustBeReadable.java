package org.newsroom.support.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.JsonWebTokenParser;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.ParseException;
import java.util.Optional;

/**
 * A token whose claims cannot be read as JWT claims (an {@code iss} that is an array, an {@code exp} that is text)
 * is no token, like one that is not JSON: a quiet 401. Micronaut's parser reads only the header, and its
 * validator then logs the claims' {@link ParseException} as an ERROR with a stack trace, for anyone to cause.
 */
@Singleton
class ClaimsMustBeReadable implements BeanCreatedEventListener<JsonWebTokenParser<JWT>> {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimsMustBeReadable.class);

    @Override
    public JsonWebTokenParser<JWT> onCreated(BeanCreatedEvent<JsonWebTokenParser<JWT>> event) {
        JsonWebTokenParser<JWT> parser = event.getBean();
        return new JsonWebTokenParser<>() {
            @Override
            public Optional<JWT> parse(String token) {
                return parser.parse(token).filter(ClaimsMustBeReadable::readable);
            }

            @Override
            public Optional<Claims> parseClaims(String token) {
                return parse(token).isEmpty() ? Optional.empty() : parser.parseClaims(token);
            }
        };
    }

    private static boolean readable(JWT token) {
        try {
            token.getJWTClaimsSet();
            return true;
        } catch (ParseException e) {
            LOG.debug("Token refused, its claims cannot be read: {}", e.getMessage());
            return false;
        }
    }
}
