package org.newsroom.comments.notify;

import io.micronaut.core.annotation.Nullable;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/**
 * An address that asked for reply mail. Its id is the SHA-256 of the lower-cased address. It stays
 * {@code unconfirmed} until the link in the confirmation mail is followed (only the link's hash is
 * kept, and kept once confirmed, so that the link answers the same again); {@code unsubscribed} stops
 * all mail to it and forgets the link. The unsubscribe token goes into every mail.
 */
record Subscriber(String id, String email, String state, @Nullable String confirmTokenHash,
                  String unsubscribeToken, @Nullable Instant confirmationSentAt, Instant updatedAt) {

    static final String UNCONFIRMED = "unconfirmed";
    static final String CONFIRMED = "confirmed";
    static final String UNSUBSCRIBED = "unsubscribed";

    boolean isConfirmed() {
        return CONFIRMED.equals(state);
    }

    Subscriber with(String newState, @Nullable String newConfirmTokenHash, @Nullable Instant sentAt, Instant now) {
        return new Subscriber(id, email, newState, newConfirmTokenHash, unsubscribeToken, sentAt, now);
    }

    Document toDocument() {
        return new Document("_id", id).append("email", email).append("state", state).append("confirmTokenHash", confirmTokenHash)
                .append("unsubscribeToken", unsubscribeToken)
                .append("confirmationSentAt", confirmationSentAt == null ? null : Date.from(confirmationSentAt))
                .append("updatedAt", Date.from(updatedAt));
    }

    static Subscriber from(Document document) {
        Date sent = document.getDate("confirmationSentAt");
        return new Subscriber(document.getString("_id"), document.getString("email"), document.getString("state"),
                document.getString("confirmTokenHash"), document.getString("unsubscribeToken"),
                sent == null ? null : sent.toInstant(), document.getDate("updatedAt").toInstant());
    }

    boolean isUnsubscribed() {
        return UNSUBSCRIBED.equals(state);
    }
}
