package org.newsroom.gateway.owncomments;

import io.micronaut.core.annotation.Nullable;
import org.newsroom.gateway.pages.PageHead;

/**
 * The page on which a poster changes or deletes their comment: the form (when it may still be changed)
 * with {@code content}, until when, whether it awaits moderation, and {@code message} saying what went wrong;
 * a comment that may only be deleted any more ({@code deletable} without {@code changeable}) keeps that button;
 * {@code textRefused}: the message says what is wrong with the text typed.
 */
public record OwnCommentPageModel(String siteName, PageHead head, String articleLink, String action, String content,
                                  @Nullable String message, @Nullable String editableUntil, @Nullable String editableUntilLabel,
                                  boolean changeable, boolean deletable, boolean pending, boolean textRefused) {
}
