package org.newsroom.gateway.owncomments;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a comment's edit cookie holds: the edit token and the end of its edit window as the post's
 * answer gave it ({@code token.epochSeconds}). comments-service refuses a wrong token and a passed
 * window alike (403); the recorded end tells the poster which it was. A cookie without it (the
 * token alone) is still read.
 */
public record KeptEditToken(String token, @Nullable Instant editableUntil) {

    /** An edit token as comments-service makes them (base64url). */
    private static final String TOKEN = "[A-Za-z0-9_-]{20,100}";
    private static final Pattern TOKEN_ONLY = Pattern.compile(TOKEN);
    private static final Pattern VALUE = Pattern.compile("(" + TOKEN + ")(?:\\.(\\d{1,12}))?");

    static boolean isToken(@Nullable String value) {
        return value != null && TOKEN_ONLY.matcher(value).matches();
    }

    static Optional<KeptEditToken> parse(@Nullable String value) {
        Matcher matcher = value == null ? null : VALUE.matcher(value);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        Instant until = matcher.group(2) == null ? null : Instant.ofEpochSecond(Long.parseLong(matcher.group(2)));
        return Optional.of(new KeptEditToken(matcher.group(1), until));
    }

    String value() {
        return editableUntil == null ? token : token + "." + editableUntil.getEpochSecond();
    }

    /** True only when the window is known to be over; a token refused inside its window is not this comment's. */
    public boolean windowPassed(Instant now) {
        return editableUntil != null && !now.isBefore(editableUntil);
    }
}
