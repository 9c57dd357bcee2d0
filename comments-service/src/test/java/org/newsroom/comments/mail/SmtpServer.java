package org.newsroom.comments.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.newsroom.support.testing.FreePorts;

/** Test-only: a real SMTP server (GreenMail) on a free port that can be stopped and started again on the same port. */
public final class SmtpServer {

    private final int port = freePort();
    private GreenMail greenMail;

    public SmtpServer start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return this;
    }

    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public String url() {
        return "smtp://127.0.0.1:" + port;
    }

    /** Every message received so far for {@code address}. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> isFor(message, address)).toList();
    }

    public int received() {
        return greenMail.getReceivedMessages().length;
    }

    /** Waits (generously: the machine is loaded) until {@code count} messages have arrived for {@code address}. */
    public List<MimeMessage> await(String address, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (to(address).size() < count && Instant.now().isBefore(deadline)) {
            pause();
        }
        return to(address);
    }

    /** The plain-text body, wherever it sits in the MIME tree. */
    public static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    try {
                        return text(multipart.getBodyPart(i));
                    } catch (NoText ignored) {
                        // look at the next part
                    }
                }
            }
            throw new NoText();
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static final class NoText extends AssertionError {
        NoText() {
            super("no text/plain part");
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    public static byte[] raw(MimeMessage message) {
        try (var out = new java.io.ByteArrayOutputStream()) {
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    public static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static int freePort() {
        return FreePorts.next();
    }
}
