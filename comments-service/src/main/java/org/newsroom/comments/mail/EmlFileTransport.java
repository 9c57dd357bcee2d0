package org.newsroom.comments.mail;

import org.eclipse.angus.mail.util.CRLFOutputStream;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * The local default instead of SMTP: a Jakarta Mail transport that writes each message as an
 * RFC 5322 file, {@code <millis>-<random>.eml}, into the directory in session property
 * {@value #DIRECTORY}. The file appears complete or not at all (written aside, then renamed).
 */
public class EmlFileTransport extends Transport {

    public static final String PROTOCOL = "eml-file";
    public static final String DIRECTORY = "mail.eml-file.directory";

    public EmlFileTransport(Session session, URLName urlName) {
        super(session, urlName);
    }

    @Override
    protected boolean protocolConnect(String host, int port, String user, String password) {
        return true;
    }

    @Override
    public void sendMessage(Message message, Address[] addresses) throws MessagingException {
        Path directory = Path.of(session.getProperty(DIRECTORY));
        String name = System.currentTimeMillis() + "-" + UUID.randomUUID();
        try {
            Files.createDirectories(directory);
            Path partial = directory.resolve("." + name + ".part");
            // every line ends in CRLF, as RFC 5322 wants and as an SMTP transport would send it
            try (OutputStream out = new CRLFOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                message.writeTo(out);
            }
            Files.move(partial, directory.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MessagingException("could not write the mail file", e);
        }
    }
}
