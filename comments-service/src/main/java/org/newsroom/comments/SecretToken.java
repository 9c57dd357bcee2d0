package org.newsroom.comments;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A secret handed out in an answer or a mail link (an edit token, a confirmation link): 256 random
 * bits, URL-safe. Only its SHA-256 needs to be stored, so the database alone opens nothing.
 */
public record SecretToken(String value, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    public static SecretToken issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new SecretToken(value, hashOf(value));
    }

    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code presented} has the shape of a token at all (anything else is refused before any lookup). */
    public static boolean isWellFormed(@Nullable String presented) {
        return presented != null && SHAPE.matcher(presented).matches();
    }

    /** Whether {@code presented} is the token whose hash is {@code storedHash}, compared in constant time. */
    public static boolean matches(@Nullable String presented, @Nullable String storedHash) {
        if (storedHash == null || !isWellFormed(presented)) {
            return false;
        }
        return MessageDigest.isEqual(hashOf(presented).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
