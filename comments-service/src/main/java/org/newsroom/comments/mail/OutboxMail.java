package org.newsroom.comments.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A mail waiting in, or done with, the outbox. {@code dedupeKey} names what it is about (so the same
 * event never queues it twice); {@code state} goes pending → sending → sent (or failed after the last
 * attempt); a sender holds it while {@code leaseUntil} lies ahead; {@code unsubscribeUrl}, when set,
 * becomes the RFC 8058 headers.
 */
@MappedEntity("mail_outbox")
public record OutboxMail(
        @Id @GeneratedValue @Nullable String id,
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

    /** A new mail, to be sent as soon as a poller gets to it. */
    public static OutboxMail of(String dedupeKey, String kind, String recipient, String subject, String text,
                                @Nullable String unsubscribeUrl, Instant now) {
        return new OutboxMail(null, dedupeKey, kind, recipient, subject, text, unsubscribeUrl, PENDING, 0, now, null, null,
                now, null, null);
    }
}
