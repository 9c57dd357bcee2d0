package org.newsroom.comments;

import java.util.Set;

/** The moderation states of a comment. */
public final class CommentStatus {

    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String SPAM = "spam";
    public static final String TRASH = "trash";
    public static final Set<String> ALL = Set.of(PENDING, APPROVED, SPAM, TRASH);

    private CommentStatus() {
    }
}
