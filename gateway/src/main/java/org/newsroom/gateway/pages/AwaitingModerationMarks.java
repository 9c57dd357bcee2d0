package org.newsroom.gateway.pages;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.newsroom.support.security.PlatformSecret;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The mark that lets the poster of a held comment, and nobody else, see "your comment awaits
 * moderation": the comment id and an expiry, signed with a key derived from the platform's secret.
 * It cannot be guessed or made for another comment, article or time. The note shows only where the
 * link's mark and the poster's cookie hold the same mark, so a shared link shows nothing.
 */
@Singleton
public class AwaitingModerationMarks {

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final Duration lifetime;

    public AwaitingModerationMarks(@Nullable @Value("${jwt.secret:}") String secret, @Value("${data.dir:./data}") String dataDir,
                                   @Value("${gateway.pages.awaiting-note-minutes:10}") long minutes) {
        this.key = hmac(PlatformSecret.resolve(secret, Path.of(dataDir)).getBytes(StandardCharsets.UTF_8),
                "awaiting-moderation-note");
        this.lifetime = Duration.ofMinutes(minutes);
    }

    public String mark(String slug, String commentId, Instant now) {
        long expires = now.plus(lifetime).getEpochSecond();
        return commentId + "." + expires + "." + signature(slug, commentId, expires);
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** The held comment of a genuine, unexpired mark that this browser's cookie holds too. */
    public Optional<String> commentOf(String slug, @Nullable String linkMark, @Nullable String cookieMark, Instant now) {
        return linkMark != null && linkMark.equals(cookieMark) ? commentOf(slug, linkMark, now) : Optional.empty();
    }

    public boolean isValid(String slug, @Nullable String mark, Instant now) {
        return commentOf(slug, mark, now).isPresent();
    }

    /** The held comment a genuine, unexpired mark was made for. */
    public Optional<String> commentOf(String slug, @Nullable String mark, Instant now) {
        if (mark == null || mark.length() > 200) {
            return Optional.empty();
        }
        String[] parts = mark.split("\\.", -1);
        if (parts.length != 3 || !parts[1].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        long expires = Long.parseLong(parts[1]);
        boolean genuine = MessageDigest.isEqual(signature(slug, parts[0], expires).getBytes(StandardCharsets.UTF_8),
                parts[2].getBytes(StandardCharsets.UTF_8));
        return genuine && now.getEpochSecond() <= expires ? Optional.of(parts[0]) : Optional.empty();
    }

    private String signature(String slug, String commentId, long expires) {
        return BASE64.encodeToString(hmac(key, slug + "\n" + commentId + "\n" + expires));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
