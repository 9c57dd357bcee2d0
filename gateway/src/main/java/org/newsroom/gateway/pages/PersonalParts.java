package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * What one reader's article page shows beyond the page everyone shares: the note on the comment they
 * just posted that awaits moderation, the comments they may still change (their browser holds the
 * edit token), and the comment for which they just asked for reply mail ({@code notifyAskedId}: the note to
 * look for the confirmation mail). Such a page is never kept or stored by a shared cache.
 */
public record PersonalParts(@Nullable String awaitingCommentId, Set<String> editable, @Nullable String notifyAskedId) {

    static final PersonalParts NONE = new PersonalParts(null, Set.of(), null);

    /** The same page once the held comment is visible to everyone: nothing awaits moderation any more. */
    PersonalParts withoutNote() {
        return new PersonalParts(null, editable, notifyAskedId);
    }

    boolean isNone() {
        return awaitingCommentId == null && editable.isEmpty() && notifyAskedId == null;
    }
}
