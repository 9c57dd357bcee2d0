package org.newsroom.comments;

import org.newsroom.support.http.StrictString;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.support.http.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The "Leave a Reply" form as posted; {@code notify} asks for mail about replies. Lengths count after trimming. */
@Serdeable
public record CommentInput(@Nullable @Serdeable.Deserializable(using = StrictString.class) String authorName,
                           @Nullable @Serdeable.Deserializable(using = StrictString.class) String authorEmail,
                           @Nullable @Serdeable.Deserializable(using = StrictString.class) String authorUrl,
                           @Nullable @Serdeable.Deserializable(using = StrictString.class) String content,
                           @Nullable @Serdeable.Deserializable(using = StrictString.class) String parentId,
                           @Nullable @JsonProperty("notify") Boolean notifyReplies) {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s<>\"']+");

    List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        String name = trimmed(authorName);
        if (name.isEmpty()) {
            errors.add(new FieldError("authorName", "is required"));
        } else if (name.length() > 245) {
            errors.add(new FieldError("authorName", "must be at most 245 characters"));
        }
        String email = trimmed(authorEmail);
        if (email.isEmpty()) {
            errors.add(new FieldError("authorEmail", "is required"));
        } else if (email.length() > 100 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("authorEmail", "must be a valid email address of at most 100 characters"));
        }
        String url = trimmed(authorUrl);
        if (!url.isEmpty() && (url.length() > 200 || !WEB_URL.matcher(url).matches())) {
            errors.add(new FieldError("authorUrl", "must be an http or https address of at most 200 characters"));
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
        return text.length() > 10_000 ? Optional.of(new FieldError("content", "must be at most 10000 characters")) : Optional.empty();
    }

    public static String trimmed(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
