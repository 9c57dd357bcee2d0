package org.newsroom.comments.mail;

import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;

/**
 * Sends one mail from the outbox through the Jakarta Mail session (SMTP, or the .eml files), off the
 * caller's thread: a plain {@code text/plain; charset=UTF-8} message from MAIL_FROM (else
 * {@code no-reply@} the site's host) whose Message-ID names the sender's domain; a mail with an
 * unsubscribe link gets the RFC 8058 one-click headers.
 */
@Singleton
public class MailDelivery {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session;
    private final InternetAddress from;
    private final String domain;

    public MailDelivery(MailSession session, MailSettings settings, Site site) {
        this.session = session.session();
        String address = settings.getFrom().isEmpty() ? "no-reply@" + site.mailHost() : settings.getFrom();
        this.from = sender(address, site.getName());
        this.domain = address.contains("@") ? address.substring(address.lastIndexOf('@') + 1) : site.mailHost();
    }

    Mono<Void> send(OutboxMail mail) {
        return Mono.fromCallable(() -> {
            transmit(message(mail));
            return true;
        }).subscribeOn(Schedulers.boundedElastic()).then();
    }

    MimeMessage message(OutboxMail mail) throws MessagingException {
        MimeMessage message = new SenderDomainMessage(session, domain);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
        message.setSubject(mail.subject(), UTF_8);
        message.setText(mail.text(), UTF_8);
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }

    /** Once the server took the message, a failure to say goodbye changes nothing: the mail is sent. */
    private void transmit(MimeMessage message) throws MessagingException {
        message.saveChanges();
        Transport transport = session.getTransport();
        transport.connect();
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // sendMessage decided the mail's fate
            }
        }
    }

    private static InternetAddress sender(String address, String name) {
        try {
            return new InternetAddress(address, name, UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jakarta Mail would name the local host in the Message-ID ({@code @localhost} in a container). */
    private static final class SenderDomainMessage extends MimeMessage {

        private final String domain;

        SenderDomainMessage(Session session, String domain) {
            super(session);
            this.domain = domain;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
        }
    }
}
