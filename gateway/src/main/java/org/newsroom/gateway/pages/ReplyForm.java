package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * The "Leave a Reply" form: empty on a fresh page, or what the reader typed with the reasons it was
 * refused ({@code errors} by field name, {@code message} for the whole form).
 */
public record ReplyForm(String authorName, String authorEmail, String authorUrl, String content, String parentId,
                        boolean notifyMe, @Nullable String message, Map<String, String> errors) {

    static final ReplyForm EMPTY = new ReplyForm("", "", "", "", "", false, null, Map.of());
    /** Each field and the id of its input, in the form's order. */
    private static final List<Map.Entry<String, String>> INPUTS = List.of(Map.entry("content", "comment"), Map.entry("authorName", "author"),
            Map.entry("authorEmail", "email"), Map.entry("authorUrl", "url"));

    /** One line of the summary above a refused form: the reason, linking to the input ({@code #author}) it names. */
    public record ErrorLink(String inputId, String text) {
    }

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

    /** The reasons of the invalid fields, in the form's order, as the script's summary lists them. */
    public List<ErrorLink> errorLinks() {
        return INPUTS.stream().filter(input -> errors.containsKey(input.getKey()))
                .map(input -> new ErrorLink(input.getValue(), errors.get(input.getKey()))).toList();
    }

    public boolean isReply() {
        return !parentId.isEmpty();
    }
}
