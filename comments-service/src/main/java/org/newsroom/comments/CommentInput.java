package org.newsroom.comments;

import org.newsroom.support.http.StrictString;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.support.http.FieldError;
import org.newsroom.support.text.PlainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The "Leave a Reply" form as posted; {@code notify} asks for mail about replies. Lengths count
 * characters (code points: an emoji is one) after trimming every kind of blank, so that a value of
 * only no-break or zero-width spaces is as empty as one of only spaces.
 */
@Serdeable
public record CommentInput(@Nullable @Serdeable.Deserializable(using = StrictString.class) String authorName,
                           @Nullable @Serdeable.Deserializable(using = StrictString.class) String authorEmail,
                           @Nullable @Serdeable.Deserializable(using = StrictString.class) String authorUrl,
                           @Nullable @Serdeable.Deserializable(using = StrictString.class) String content,
                           @Nullable @Serdeable.Deserializable(using = StrictString.class) String parentId,
                           @Nullable @JsonProperty("notify") Boolean notifyReplies) {

    /** A dot-atom before the @ (no leading, trailing or doubled dot), a host name after it. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    /** An http(s) address without a user name or password before its host (a way to dress one site up as another). */
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s<>\"'\\p{Cc}@/?#]+(?:[/?#][^\\s<>\"'\\p{Cc}]*)?");

    List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        String name = trimmed(authorName);
        if (name.isEmpty()) {
            errors.add(new FieldError("authorName", "is required"));
        } else if (characters(name) > 245) {
            errors.add(new FieldError("authorName", "must be at most 245 characters"));
        } else if (!PlainText.isOneLine(name)) {
            errors.add(new FieldError("authorName", PlainText.ONE_LINE_MESSAGE));
        } else if (!PlainText.isVisible(name)) {
            errors.add(new FieldError("authorName", PlainText.VISIBLE_MESSAGE));
        }
        String email = trimmed(authorEmail);
        if (email.isEmpty()) {
            errors.add(new FieldError("authorEmail", "is required"));
        } else if (characters(email) > 100 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("authorEmail", "must be a valid email address of at most 100 characters"));
        }
        String url = trimmed(authorUrl);
        if (!url.isEmpty() && (characters(url) > 200 || !WEB_URL.matcher(url).matches())) {
            errors.add(new FieldError("authorUrl",
                    "must be an http or https address of at most 200 characters, without a user name before the host"));
        }
        contentProblem(content).ifPresent(errors::add);
        return errors;
    }

    boolean wantsReplies() {
        return Boolean.TRUE.equals(notifyReplies);
    }

    /** The rule for a comment's text, for posts and edits alike. */
    public static Optional<FieldError> contentProblem(@Nullable String content) {
        String text = trimmed(content);
        if (text.isEmpty()) {
            return Optional.of(new FieldError("content", "is required"));
        }
        if (characters(text) > 10_000) {
            return Optional.of(new FieldError("content", "must be at most 10000 characters"));
        }
        return PlainText.isLines(text) ? Optional.empty() : Optional.of(new FieldError("content", PlainText.LINES_MESSAGE));
    }

    public static String trimmed(@Nullable String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isBlank(value.codePointAt(start))) {
            start += Character.charCount(value.codePointAt(start));
        }
        while (end > start && isBlank(value.codePointBefore(end))) {
            end -= Character.charCount(value.codePointBefore(end));
        }
        return value.substring(start, end);
    }

    public static int characters(String value) {
        return value.codePointCount(0, value.length());
    }

    /** What {@link String#trim()} drops (controls and spaces), Unicode's spaces, and the invisible zero-width ones. */
    private static boolean isBlank(int codePoint) {
        return codePoint <= ' ' || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || codePoint == '\u200B' || codePoint == '\u2060' || codePoint == '\uFEFF' || codePoint == '\u180E';
    }
}
