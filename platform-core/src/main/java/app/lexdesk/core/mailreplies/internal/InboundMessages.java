package app.lexdesk.core.mailreplies.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The inbound messages already handled ({@code mail_inbound_message}, a platform table keyed by the SHA-256 of the
 * Message-ID): the guard that makes a message read twice — by two pods at once, or again after a crash before it was
 * removed from the mailbox — count once. {@link #claim} runs in the caller's transaction: with the note a reply
 * becomes, so both commit or neither; two transactions claiming the same message serialise on the key, and the second
 * claims nothing.
 */
@Repository
public class InboundMessages {

    public enum Outcome { PLACED, REFUSED, DROPPED }

    private final JdbcTemplate jdbc;

    InboundMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static byte[] hash(String messageId) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(messageId.strip().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean handled(byte[] messageHash) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from mail_inbound_message where message_hash = ?)", Boolean.class,
                messageHash));
    }

    /** Marks the message handled; false, changing nothing, when it already was. */
    public boolean claim(byte[] messageHash, Outcome outcome, Instant now) {
        return jdbc.update("insert into mail_inbound_message (message_hash, outcome, handled_at) values (?, ?, ?) "
                + "on conflict (message_hash) do nothing", messageHash, outcome.name(), Timestamp.from(now)) == 1;
    }

    /** Forgets messages handled before {@code cutoff}: long gone from the mailbox by then. */
    public int forgetBefore(Instant cutoff) {
        return jdbc.update("delete from mail_inbound_message where handled_at < ?", Timestamp.from(cutoff));
    }
}
