package org.newsroom.gateway.auth;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import org.newsroom.support.http.InvalidInput;
import io.micronaut.security.authentication.UsernamePasswordCredentials;

import java.io.IOException;

/**
 * Reads the sign-in body strictly: {@code username} and {@code password} must be JSON strings. The
 * default reading would take {@code ["secret"]} or {@code 12} for a string; here they are a 400.
 */
@Singleton
public class StrictCredentials implements Deserializer<UsernamePasswordCredentials> {

    @Override
    public UsernamePasswordCredentials deserialize(Decoder decoder, DecoderContext context,
                                                   Argument<? super UsernamePasswordCredentials> type) throws IOException {
        String username = null;
        String password = null;
        try (Decoder object = decoder.decodeObject(type)) {
            for (String key = object.decodeKey(); key != null; key = object.decodeKey()) {
                switch (key) {
                    case "username" -> username = string(object, key);
                    case "password" -> password = string(object, key);
                    default -> object.skipValue();
                }
            }
        }
        return new UsernamePasswordCredentials(username, password);
    }

    private static String string(Decoder object, String field) throws IOException {
        Object value = object.decodeArbitrary();
        if (value != null && !(value instanceof String)) {
            throw new InvalidInput(field, "must be a string");
        }
        return (String) value;
    }
}
