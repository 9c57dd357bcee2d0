package org.newsroom.comments.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An address that asked for reply mail. Its id is the SHA-256 of the lower-cased address. It stays
 * {@code unconfirmed} until the link in the confirmation mail is followed (only the link's hash is
 * kept); {@code unsubscribed} stops all mail to it. The unsubscribe token goes into every mail.
 */
@MappedEntity("mail_subscribers")
public record Subscriber(@Id String id, String email, String state, @Nullable String confirmTokenHash,
                         String unsubscribeToken, @Nullable Instant confirmationSentAt, Instant updatedAt) {

    public static final String UNCONFIRMED = "unconfirmed";
    public static final String CONFIRMED = "confirmed";
    public static final String UNSUBSCRIBED = "unsubscribed";

    boolean isConfirmed() {
        return CONFIRMED.equals(state);
    }
}
