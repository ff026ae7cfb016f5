package app.lexdesk.core.mailreplies.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Answers the sender of a reply that was refused, in English then French in the same message (we may not know her
 * language), saying why in words a client understands and what to do instead (usually: write from the portal, with
 * its link when the tenant is known). The answer is marked {@code Auto-Submitted: auto-replied} (RFC 3834) and
 * {@code X-Auto-Response-Suppress: All}, so that well-behaved programs never answer it, and it threads under the
 * refused message. Never called for an automatic message. Sent through Spring's {@link JavaMailSender}
 * ({@code spring.mail.*}); without one, or when sending fails, the refusal is only logged.
 */
@Component
class RefusalAnswers {

    private static final Logger log = LoggerFactory.getLogger(RefusalAnswers.class);
    private static final String BUNDLE = "app.lexdesk.core.mailreplies.internal.answers";

    private final ObjectProvider<JavaMailSender> mail;
    private final MailRepliesProperties properties;

    RefusalAnswers(ObjectProvider<JavaMailSender> mail, MailRepliesProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    /** @param tenantSlug the tenant the token named, or null when none is known (its portal is linked then) */
    void send(InboundMail refused, Refusal refusal, String tenantSlug) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || refused.from().isEmpty()) {
            log.warn("Not answering refused message {}: {}", refused.messageId(),
                    sender == null ? "no mail sender is configured (spring.mail.host)" : "it names no sender");
            return;
        }
        try {
            MimeMessage answer = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(answer, false, "UTF-8");
            helper.setFrom(properties.answerFrom());
            helper.setTo(refused.from().get(0));
            helper.setSubject(text(Locale.ENGLISH, "subject") + " / " + text(Locale.FRENCH, "subject"));
            helper.setText(body(Locale.ENGLISH, refused, refusal, tenantSlug) + "\n\n---\n\n"
                    + body(Locale.FRENCH, refused, refusal, tenantSlug));
            answer.setHeader("Auto-Submitted", "auto-replied");
            answer.setHeader("X-Auto-Response-Suppress", "All");
            if (!refused.messageId().startsWith("<synthetic-")) {
                answer.setHeader("In-Reply-To", refused.messageId());
                answer.setHeader("References", refused.messageId());
            }
            sender.send(answer);
        } catch (MessagingException | MailException e) {
            log.error("Could not answer refused message {} ({}): {}", refused.messageId(), refusal.reason(),
                    e.getMessage());
        }
    }

    /** The answer's text in one language. */
    String body(Locale locale, InboundMail refused, Refusal refusal, String tenantSlug) {
        String key = refusal.reason().key();
        String portal = portalUrl(tenantSlug);
        return String.join("\n\n", text(locale, "greeting"),
                fill(locale, "intro", refused, refusal, portal) + " "
                        + fill(locale, "reason." + key, refused, refusal, portal),
                fill(locale, "advice." + key, refused, refusal, portal),
                text(locale, "footer"));
    }

    private String portalUrl(String tenantSlug) {
        if (tenantSlug == null || properties.portalUrl().isEmpty()) {
            return "";
        }
        return properties.portalUrl().replace("{tenant}", tenantSlug);
    }

    private static String fill(Locale locale, String key, InboundMail refused, Refusal refusal, String portal) {
        return text(locale, key).replace("{subject}", refused.subject().strip())
                .replace("{file}", refusal.file() == null ? "" : refusal.file())
                .replace("{limit}", Long.toString(refusal.limit()))
                .replace("{portal}", portal.isEmpty() ? "" : text(locale, "portal").replace("{url}", portal));
    }

    static String text(Locale locale, String key) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
