package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.http.Rendered;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Says in words why the JSON API refused a comment, next to the fields it names. */
public final class ReplyRefusals {

    private static final Map<String, String> LABELS = Map.of(
            "content", "Comment", "authorName", "Name", "authorEmail", "Email", "authorUrl", "Website");

    @Serdeable
    record FieldError(@Nullable String field, @Nullable String message) {
    }

    @Serdeable
    record Problem(@Nullable String detail, @Nullable List<FieldError> errors) {
    }

    /** A post that reached comments-service without an answer in time (504) or with one that could not be read (502). */
    public static final String MAY_BE_SAVED = "The service did not confirm your comment, so it may still have been saved. "
            + "Look for it on the article's page before sending it again.";

    /** A text the form carried but the service would not take whole. */
    public static final String TOO_LONG = "Your text is too long: a comment can have at most 10,000 characters. Please shorten it and try again.";

    private ReplyRefusals() {
    }

    static ReplyForm explain(Rendered refusal, ReplyForm typed, JsonCodec json) {
        return switch (refusal.status()) {
            case 400 -> invalid(refusal, typed, json);
            case 403 -> typed.refused("Comments are closed on this article.", Map.of());
            case 409 -> typed.refused("You have already posted this comment.", Map.of());
            case 413 -> typed.content().isEmpty()
                    ? typed.refused("Your comment was too long to be sent (a comment can have at most 10,000 characters), so it "
                    + "could not be kept here. Your browser's Back button may still have your text: please shorten it and try again.",
                    Map.of())
                    : typed.refused(TOO_LONG, Map.of());
            case 415 -> typed.refused("The form could not be read. Please send it from the page.", Map.of());
            case 429 -> typed.refused(tooFast(refusal.retryAfter()), Map.of());
            case 502, 504 -> typed.refused(MAY_BE_SAVED, Map.of());
            default -> typed.refused("The service is unavailable right now. Please try again shortly.", Map.of());
        };
    }

    private static ReplyForm invalid(Rendered refusal, ReplyForm typed, JsonCodec json) {
        List<FieldError> errors = json.read(refusal.body(), Problem.class).map(Problem::errors).orElse(List.of());
        Map<String, String> byField = new LinkedHashMap<>();
        boolean parentGone = false;
        for (FieldError error : errors == null ? List.<FieldError>of() : errors) {
            String field = error.field() == null ? "" : error.field().substring(error.field().lastIndexOf('.') + 1);
            if (field.equals("parentId")) {
                parentGone = true;
            } else if (LABELS.containsKey(field)) {
                byField.merge(field, sentence(LABELS.get(field), error.message()), (first, second) -> first + " " + second);
            }
        }
        if (parentGone) {
            return typed.refused("The comment you are replying to is no longer available. Cancel the reply and post your comment on its own.",
                    byField);
        }
        return typed.refused(byField.isEmpty() ? "Your comment could not be posted. Please check it and try again."
                : "Please correct the highlighted fields:", byField);
    }

    /** Why comments-service refused a comment's text (a 400), in words. */
    public static String contentRefusal(Rendered refusal, JsonCodec json) {
        List<FieldError> errors = json.read(refusal.body(), Problem.class).map(Problem::errors).orElse(List.of());
        return (errors == null ? List.<FieldError>of() : errors).stream()
                .filter(error -> error.field() != null && error.field().endsWith("content"))
                .map(error -> sentence(LABELS.get("content"), error.message()))
                .findFirst().orElse("This text cannot be saved. Please check it and try again.");
    }

    /** How long to wait before posting again, in words. */
    public static String tooFast(@Nullable String retryAfter) {
        if (retryAfter == null || !retryAfter.matches("\\d{1,6}")) {
            return "You are posting too quickly. Please wait a few seconds.";
        }
        int seconds = Math.max(1, Integer.parseInt(retryAfter));
        return "You are posting too quickly. Please wait " + seconds + (seconds == 1 ? " second." : " seconds.");
    }

    private static String sentence(String label, @Nullable String message) {
        String words = message == null || message.isBlank() ? "is not valid" : message.trim();
        return label + " " + words + (words.matches(".*[.!?]$") ? "" : ".");
    }
}
