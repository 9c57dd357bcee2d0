package org.newsroom.comments.mail;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Provider;
import jakarta.mail.Session;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The Jakarta Mail session Micronaut Email sends through: SMTP (or SMTPS) as SMTP_URL says, with
 * timeouts; without SMTP_URL, the {@link EmlFileTransport} writing into DATA_DIR/mail.
 */
@Singleton
@Replaces(DefaultSessionProvider.class)
public class MailSession implements SessionProvider {

    private static final String TIMEOUT_MS = "10000";

    private final Session session;

    public MailSession(MailSettings settings) {
        this.session = settings.usesSmtp() ? smtp(SmtpUrl.parse(settings.getSmtpUrl())) : files(Path.of(settings.getDirectory()));
    }

    @Override
    public Session session() {
        return session;
    }

    private static Session smtp(SmtpUrl url) {
        String protocol = url.protocol();
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail.transport.protocol.rfc822", protocol);
        properties.put("mail." + protocol + ".host", url.host());
        properties.put("mail." + protocol + ".port", String.valueOf(url.port()));
        properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        properties.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        properties.put("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        if (protocol.equals("smtp")) {
            properties.put("mail.smtp.starttls.enable", "true");
        }
        if (url.user() == null) {
            return Session.getInstance(properties);
        }
        properties.put("mail." + protocol + ".auth", "true");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(url.user(), url.password());
            }
        });
    }

    private static Session files(Path directory) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", EmlFileTransport.PROTOCOL);
        properties.put("mail.transport.protocol.rfc822", EmlFileTransport.PROTOCOL);
        properties.put(EmlFileTransport.DIRECTORY, directory.toAbsolutePath().toString());
        Session session = Session.getInstance(properties);
        session.addProvider(new Provider(Provider.Type.TRANSPORT, EmlFileTransport.PROTOCOL, EmlFileTransport.class.getName(),
                "newsroom", "1"));
        return session;
    }
}
