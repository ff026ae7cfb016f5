package app.lexdesk.core.mailreplies.internal;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Replies by email ({@code lexdesk.mail.replies.*}). Off unless {@code address} is set; the mailbox is read only when
 * {@code imap.host} is set too (one may issue addresses on every pod and read the mailbox on some).
 *
 * @param address      the mailbox requesters answer, e.g. {@code replies@lexdesk.example}; every reply address is
 *                     one of its subaddresses {@code replies+<token>@lexdesk.example}, which the mail server must
 *                     deliver to it (plus-addressing, RFC 5233). Its local part may hold at most 15 characters, so
 *                     that the reply addresses keep within an address's 64
 * @param secret       signs the tokens (HMAC-SHA256), at least 32 characters; changing it ends every address given
 * @param pollInterval how long the poller waits between two reads of the mailbox (default 30s)
 * @param batchSize    how many unseen messages one read handles at most (default 25); the rest wait for the next
 * @param answerFrom   the From of the answers that refuse a reply (default: {@code address})
 * @param portalUrl    the portal the answers point to, {@code {tenant}} standing for the tenant's slug (default: the
 *                     onboarding's {@code lexdesk.onboarding.portal-url}); empty to name no link
 * @param imap         the mailbox's IMAP server
 */
@ConfigurationProperties("lexdesk.mail.replies")
public record MailRepliesProperties(String address, String secret, Duration pollInterval, Integer batchSize,
        String answerFrom, String portalUrl, Imap imap) {

    /** Local part + "+" + token must fit 64 characters. */
    public static final int MAX_LOCAL_PART = 64 - 1 - ReplyToken.LENGTH;

    /**
     * @param host     the IMAP server; the poller is off without it
     * @param port     default 993 with {@code ssl}, else 143
     * @param ssl      IMAP over TLS (imaps)
     * @param folder   the folder read (default INBOX)
     * @param timeout  connect and read timeout (default 30s), so a stuck server never holds the scheduler
     */
    public record Imap(String host, Integer port, String username, String password, boolean ssl, String folder,
            Duration timeout) {

        public Imap {
            folder = folder == null || folder.isBlank() ? "INBOX" : folder;
            timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
            port = port == null ? (ssl ? 993 : 143) : port;
        }
    }

    public MailRepliesProperties {
        address = address == null || address.isBlank() ? null : address.strip().toLowerCase(Locale.ROOT);
        pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
        batchSize = batchSize == null || batchSize < 1 ? 25 : batchSize;
        answerFrom = answerFrom == null || answerFrom.isBlank() ? address : answerFrom.strip();
        portalUrl = portalUrl == null ? "" : portalUrl.strip();
        imap = imap == null ? new Imap(null, null, null, null, false, null, null) : imap;
        if (address != null) {
            int at = address.indexOf('@');
            if (at < 1 || at != address.lastIndexOf('@') || at == address.length() - 1
                    || address.substring(0, at).contains("+")) {
                throw new IllegalArgumentException("lexdesk.mail.replies.address must be a mailbox such as "
                        + "replies@example.com (no +subaddress): " + address);
            }
            if (at > MAX_LOCAL_PART) {
                throw new IllegalArgumentException("The local part of lexdesk.mail.replies.address has at most "
                        + MAX_LOCAL_PART + " characters, so that its reply addresses fit 64: " + address);
            }
            if (secret == null || secret.length() < 32) {
                throw new IllegalArgumentException("lexdesk.mail.replies.secret (at least 32 characters) must be set "
                        + "with lexdesk.mail.replies.address");
            }
        }
    }

    public boolean enabled() {
        return address != null;
    }

    public String localPart() {
        return address.substring(0, address.indexOf('@'));
    }

    public String domain() {
        return address.substring(address.indexOf('@') + 1);
    }

    /** The reply address carrying {@code token}. */
    public String addressFor(String token) {
        return localPart() + "+" + token + "@" + domain();
    }

    /** The token of {@code recipient} when it is one of this mailbox's subaddresses (lowercase), else null. */
    public String tokenOf(String recipient) {
        String prefix = localPart() + "+";
        String suffix = "@" + domain();
        String r = recipient.toLowerCase(Locale.ROOT);
        if (!r.startsWith(prefix) || !r.endsWith(suffix) || r.length() <= prefix.length() + suffix.length()) {
            return null;
        }
        return r.substring(prefix.length(), r.length() - suffix.length());
    }
}
