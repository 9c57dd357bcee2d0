package org.newsroom.comments.mail;

import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Provider;
import jakarta.mail.Session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * The Jakarta Mail session mail is sent through: SMTP (or SMTPS) as SMTP_URL says; without SMTP_URL,
 * the {@link EmlFileTransport} writing into DATA_DIR/mail. Connecting may take a short while; each
 * reply of the server as long as RFC 5321 lets it (the one to the final dot up to 10 minutes), since
 * giving up on a server that then accepts the mail would send it again. The reply to QUIT is not
 * awaited: the mail's fate is known by then.
 */
@Singleton
public class MailSession {

    private final Session session;

    public MailSession(MailSettings settings) {
        this.session = settings.usesSmtp() ? smtp(SmtpUrl.parse(settings.getSmtpUrl()), settings) : files(Path.of(settings.getDirectory()));
    }

    public Session session() {
        return session;
    }

    private static Session smtp(SmtpUrl url, MailSettings settings) {
        String protocol = url.protocol();
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail.transport.protocol.rfc822", protocol);
        properties.put("mail." + protocol + ".host", url.host());
        properties.put("mail." + protocol + ".port", String.valueOf(url.port()));
        properties.put("mail." + protocol + ".connectiontimeout", millis(settings.getConnectTimeout()));
        properties.put("mail." + protocol + ".timeout", millis(settings.getReplyTimeout()));
        properties.put("mail." + protocol + ".writetimeout", millis(settings.getReplyTimeout()));
        properties.put("mail." + protocol + ".quitwait", "false");
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

    private static String millis(Duration duration) {
        return String.valueOf(duration.toMillis());
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
