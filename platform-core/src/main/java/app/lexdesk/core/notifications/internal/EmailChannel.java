package app.lexdesk.core.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a delivery as an email through Spring Mail: plain text and HTML alternatives, from the tenant by name, with
 * the delivery's own {@code Message-ID} (a repeat after a crash carries the same one), {@code Auto-Submitted}, a
 * one-click {@code List-Unsubscribe} for optional ones, and the reply address of replies by email for requesters.
 */
@Component
class EmailChannel {

    /** What became of a sending. */
    enum Outcome { SENT, RETRY, FAILED }

    record Result(Outcome outcome, String detail) {
    }

    private final JavaMailSender mail;
    private final String from;
    private final String fromName;

    EmailChannel(JavaMailSender mail, @Value("${lexdesk.mail.from:notifications@lexdesk.test}") String from,
            @Value("${lexdesk.mail.from-name:Lexdesk}") String fromName) {
        this.mail = mail;
        this.from = from;
        this.fromName = fromName;
    }

    Result send(DeliveryStore.Claimed delivery, String tenantName, String unsubscribeLink, String replyTo) {
        try {
            MimeMessage message = new FixedIdMessage(session(), delivery.messageId());
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(new InternetAddress(from, tenantName + " (" + fromName + ")", "UTF-8"));
            helper.setTo(delivery.address());
            if (replyTo != null) {
                helper.setReplyTo(replyTo);
            }
            helper.setSubject(delivery.subject());
            if (delivery.html() == null) {
                helper.setText(delivery.text(), false);
            } else {
                helper.setText(delivery.text(), delivery.html());
            }
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("X-Lexdesk-Delivery", delivery.id().toString());
            message.setHeader("X-Lexdesk-Event", delivery.event());
            if (unsubscribeLink != null) {
                message.setHeader("List-Unsubscribe", "<" + unsubscribeLink + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            mail.send(message);
            return new Result(Outcome.SENT, "accepted by SMTP");
        } catch (MailSendException e) {
            // The server refused the address itself: trying again will not help.
            boolean refusedAddress = e.getFailedMessages().values().stream()
                    .anyMatch(f -> f instanceof SendFailedException s && s.getInvalidAddresses() != null
                            && s.getInvalidAddresses().length > 0);
            return new Result(refusedAddress ? Outcome.FAILED : Outcome.RETRY, describe(e));
        } catch (MailException e) {
            return new Result(Outcome.RETRY, describe(e));
        } catch (MessagingException | UnsupportedEncodingException | IllegalArgumentException e) {
            return new Result(Outcome.FAILED, "Unsendable message: " + e.getMessage());
        }
    }

    private Session session() {
        return mail instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            s.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
        }
        return s.toString();
    }

    /** A message whose Message-ID is the delivery's, not a fresh one per save. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
