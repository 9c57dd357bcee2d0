package org.newsroom.comments.mail;

import io.micronaut.email.BodyType;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.javamail.sender.JavaxEmailSender;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import reactor.core.publisher.Mono;

/**
 * Hands one mail from the outbox to Micronaut Email (Jakarta Mail over SMTP, or the .eml files).
 * The sender is MAIL_FROM, else {@code no-reply@} the site's host; a mail with an unsubscribe link
 * gets the RFC 8058 one-click headers.
 */
@Singleton
public class MailDelivery {

    private final JavaxEmailSender sender;
    private final Contact from;

    public MailDelivery(JavaxEmailSender sender, MailSettings settings, Site site) {
        this.sender = sender;
        this.from = new Contact(settings.getFrom().isEmpty() ? "no-reply@" + site.mailHost() : settings.getFrom(), site.getName());
    }

    Mono<Void> send(OutboxMail mail) {
        Email email = Email.builder()
                .from(from)
                .to(mail.recipient())
                .subject(mail.subject())
                .body(mail.text(), BodyType.TEXT)
                .build();
        return Mono.from(sender.sendAsync(email, message -> {
            try {
                message.setHeader("Auto-Submitted", "auto-generated");
                if (mail.unsubscribeUrl() != null) {
                    message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
                    message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                }
            } catch (MessagingException e) {
                throw new IllegalStateException("could not set the mail headers", e);
            }
        })).then();
    }
}
