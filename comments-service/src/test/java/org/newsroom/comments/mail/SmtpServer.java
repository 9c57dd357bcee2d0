package org.newsroom.comments.mail;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.newsroom.support.testing.FreePorts;

/**
 * Test-only: a real SMTP server (GreenMail) on a free port that can be stopped and started again on
 * the same port. It can be told to take its time over the reply to the final dot (as a slow server
 * does, delivering the mail even to a client that gave up), or to refuse some recipients with a reply
 * of the test's choosing.
 */
public final class SmtpServer {

    private final int port = freePort();
    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private volatile Duration finalReplyDelay = Duration.ZERO;
    private GreenMail greenMail;

    public SmtpServer start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
                Map<String, AbstractServer> services = super.createServices(config, managers);
                services.put(config[0].getProtocol(), new ScriptedSmtp(config[0], managers));
                return services;
            }
        };
        greenMail.start();
        return this;
    }

    /** The end of DATA is answered {@code delay} after the mail was taken in; it is delivered whether the client waits or not. */
    public SmtpServer answeringTheFinalDotAfter(Duration delay) {
        finalReplyDelay = delay;
        return this;
    }

    /** RCPT TO {@code address} is answered {@code reply} (e.g. "550 5.1.1 No such mailbox"). */
    public SmtpServer refusing(String address, String reply) {
        refusals.put(address.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    private final class ScriptedSmtp extends com.icegreen.greenmail.smtp.SmtpServer {

        private final SmtpManager manager;

        ScriptedSmtp(ServerSetup setup, Managers managers) {
            super(setup, managers);
            this.manager = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress recipient) {
                    return refusals.get(recipient.getEmail().toLowerCase(Locale.ROOT));
                }

                @Override
                public String checkData(SmtpState state) {
                    try {
                        Thread.sleep(finalReplyDelay.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }
            };
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            return new SmtpHandler(new SmtpCommandRegistry(), manager, socket);
        }
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
