package org.newsroom.comments.edit;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.newsroom.comments.Comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** How long after posting an author may edit or delete their comment (COMMENT_EDIT_MINUTES, never below 0; 0 turns editing off). */
@Singleton
public class EditWindow {

    private final Duration length;
    private final Clock clock;

    public EditWindow(@Value("${comments.edit-minutes:15}") int minutes, Clock clock) {
        this.length = Duration.ofMinutes(minutes);
        this.clock = clock;
    }

    public boolean isEnabled() {
        return !length.isZero();
    }

    /** The end of the window of a comment posted at {@code createdAt}, or null when editing is off. */
    @Nullable
    public Instant until(Instant createdAt) {
        return isEnabled() ? createdAt.plus(length) : null;
    }

    boolean isOpen(Comment comment) {
        Instant until = until(comment.createdAt());
        return until != null && clock.instant().isBefore(until);
    }

    Instant now() {
        return clock.instant();
    }
}
