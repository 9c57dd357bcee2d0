package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * The "Leave a Reply" form: empty on a fresh page, or what the reader typed with the reasons it was
 * refused ({@code errors} by field name, {@code message} for the whole form).
 */
public record ReplyForm(String authorName, String authorEmail, String authorUrl, String content, String parentId,
                        boolean notifyMe, @Nullable String message, Map<String, String> errors) {

    static final ReplyForm EMPTY = new ReplyForm("", "", "", "", "", false, null, Map.of());

    ReplyForm refused(String why, Map<String, String> fieldErrors) {
        return new ReplyForm(authorName, authorEmail, authorUrl, content, parentId, notifyMe, why, fieldErrors);
    }

    /** The same form answering no comment: a new thread. */
    ReplyForm asNewThread() {
        return new ReplyForm(authorName, authorEmail, authorUrl, content, "", notifyMe, message, errors);
    }

    @Nullable
    public String error(String field) {
        return errors.get(field);
    }

    public boolean isInvalid(String field) {
        return errors.containsKey(field);
    }

    public boolean isReply() {
        return !parentId.isEmpty();
    }
}
