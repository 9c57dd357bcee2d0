package org.newsroom.comments.mail;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import java.util.OptionalInt;

/**
 * A mail the SMTP server refused for good: a 5xx reply (RFC 5321 §4.2.1) to the sender, a recipient,
 * DATA or the final dot. Sending it again would be refused again, unlike a 4xx reply or a lost
 * connection. A refused sign-in is no such reply: fixing SMTP_URL lets the mail go out.
 */
final class SmtpRefusal {

    private SmtpRefusal() {
    }

    /** The 5xx reply code behind {@code error}, if the server refused the mail for good. */
    static OptionalInt permanentReply(Throwable error) {
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            int code = replyCode(cause);
            if (code >= 500 && code <= 599) {
                return OptionalInt.of(code);
            }
        }
        return OptionalInt.empty();
    }

    private static int replyCode(Throwable error) {
        if (error instanceof SMTPAddressFailedException refused) {
            return refused.getReturnCode();
        }
        if (error instanceof SMTPSenderFailedException refused) {
            return refused.getReturnCode();
        }
        if (error instanceof SMTPSendFailedException refused) {
            return refused.getReturnCode();
        }
        return -1;
    }
}
