package org.newsroom.comments.mail;

import io.micronaut.core.annotation.Nullable;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/**
 * A mail waiting in, or done with, the outbox. {@code dedupeKey} names what it is about (so the same
 * event never queues it twice); {@code state} goes pending → sending → sent (or failed after the last
 * attempt or a refusal for good, or cancelled when its reader unsubscribed before it went out); a
 * sender holds it while {@code leaseUntil} lies ahead, and renews it while it sends; {@code unsubscribeUrl}, when set, becomes the RFC 8058 headers.
 */
public record OutboxMail(
        @Nullable String id,
        String dedupeKey,
        String kind,
        String recipient,
        String subject,
        String text,
        @Nullable String unsubscribeUrl,
        String state,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String claimedBy,
        @Nullable Instant leaseUntil,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable String lastError) {

    public static final String PENDING = "pending";
    public static final String SENDING = "sending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    /** A new mail, to be sent as soon as a poller gets to it. */
    public static OutboxMail of(String dedupeKey, String kind, String recipient, String subject, String text,
                                @Nullable String unsubscribeUrl, Instant now) {
        return new OutboxMail(null, dedupeKey, kind, recipient, subject, text, unsubscribeUrl, PENDING, 0, now, null, null,
                now, null, null);
    }

    /** The document of a new mail; MongoDB gives it its id. */
    Document toDocument() {
        return new Document("dedupeKey", dedupeKey).append("kind", kind).append("recipient", recipient)
                .append("subject", subject).append("text", text).append("unsubscribeUrl", unsubscribeUrl)
                .append("state", state).append("attempts", attempts).append("nextAttemptAt", Date.from(nextAttemptAt))
                .append("createdAt", Date.from(createdAt));
    }

    static OutboxMail from(Document document) {
        return new OutboxMail(document.getObjectId("_id").toHexString(), document.getString("dedupeKey"),
                document.getString("kind"), document.getString("recipient"), document.getString("subject"),
                document.getString("text"), document.getString("unsubscribeUrl"), document.getString("state"),
                document.getInteger("attempts", 0), instant(document, "nextAttemptAt"), document.getString("claimedBy"),
                instant(document, "leaseUntil"), instant(document, "createdAt"), instant(document, "sentAt"),
                document.getString("lastError"));
    }

    @Nullable
    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
