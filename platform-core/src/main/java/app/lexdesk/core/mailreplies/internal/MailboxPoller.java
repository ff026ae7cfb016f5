package app.lexdesk.core.mailreplies.internal;

import app.lexdesk.core.attachments.UploadRefusedException;
import app.lexdesk.core.fairuse.RateLimitedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the replies mailbox over IMAP every {@code lexdesk.mail.replies.poll-interval} (30s unless set): logs in, takes
 * the unseen messages of the folder (INBOX), at most {@code batch-size} per round, oldest first, and hands each to
 * {@link InboundReplies}. On only when both {@code lexdesk.mail.replies.address} and {@code …imap.host} are set.
 *
 * <p>What becomes of a message in the mailbox:
 * <ul>
 *   <li>handled (placed, refused and answered, dropped, or found handled before) — <b>deleted</b> (flagged seen and
 *       deleted, expunged when the folder closes). The mailbox is a way in, not an archive: the note and files now
 *       live in the tenant's record, under its retention rules, and a copy kept in a shared mailbox would hold one
 *       tenant's clients' mail beside another's, outside row-level security, for as long as nobody cleans it. The
 *       Message-ID table, not the mailbox, is what keeps a message from counting twice;</li>
 *   <li>trouble that may pass (the database, storage, a rate limit, the IMAP connection) — <b>left unseen</b>, read
 *       again next round;</li>
 *   <li>a message that fails for any other reason (one Lexdesk cannot read) — <b>flagged seen and kept</b>, so it is
 *       not retried every round and an operator finds it in the mailbox; logged as an error.</li>
 * </ul>
 * Messages are read with IMAP's peek, so reading one never marks it seen by itself.
 *
 * <p>Safe on several pods at once and across crashes: pods may read the same unseen message, but only one claims it
 * (in the transaction of its note or refusal), and a message read again after a crash finds its claim. A pod that
 * crashes after claiming and before deleting leaves the message for the next round, which deletes it unchanged.
 * Runs on the scheduler's thread; the connection's timeouts ({@code imap.timeout}) bound a round's wait on the server.
 */
@Component
@ConditionalOnExpression("'${lexdesk.mail.replies.address:}' != '' and '${lexdesk.mail.replies.imap.host:}' != ''")
public class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    /** Handled messages are forgotten this long after: long gone from the mailbox. */
    static final Duration REMEMBERED_FOR = Duration.ofDays(90);
    /** How often a node forgets them (not every round: rounds may come every second). */
    static final Duration FORGET_EVERY = Duration.ofHours(1);

    private final MailRepliesProperties properties;
    private final InboundReplies replies;
    private final InboundMessages inbound;
    private final ReplyCounters counters;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile Instant forgotten = Instant.MIN;

    MailboxPoller(MailRepliesProperties properties, InboundReplies replies, InboundMessages inbound,
            ReplyCounters counters, TransactionTemplate transactions, Optional<Clock> clock) {
        this.properties = properties;
        this.replies = replies;
        this.inbound = inbound;
        this.counters = counters;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One round; returns how many messages left the mailbox. */
    @Scheduled(fixedDelayString = "${lexdesk.mail.replies.poll-interval:30s}",
            initialDelayString = "${lexdesk.mail.replies.poll-interval:30s}")
    public int poll() {
        MailRepliesProperties.Imap imap = properties.imap();
        String protocol = imap.ssl() ? "imaps" : "imap";
        int done = 0;
        try (Store store = Session.getInstance(session(protocol, imap)).getStore(protocol)) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            Folder folder = store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unseen = folder.search(new AndTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), false),
                        new FlagTerm(new Flags(Flags.Flag.DELETED), false)));
                for (Message message : Arrays.copyOf(unseen, Math.min(unseen.length, properties.batchSize()))) {
                    done += handle(message) ? 1 : 0;
                }
            } finally {
                folder.close(true);
            }
        } catch (MessagingException e) {
            log.warn("Reading the replies mailbox {} at {} failed; next round in {}: {}", imap.folder(), imap.host(),
                    properties.pollInterval(), e.getMessage());
        }
        forgetOld();
        return done;
    }

    private void forgetOld() {
        Instant now = clock.instant();
        if (forgotten.plus(FORGET_EVERY).isAfter(now)) {
            return;
        }
        try {
            transactions.executeWithoutResult(s -> inbound.forgetBefore(now.minus(REMEMBERED_FOR)));
            forgotten = now;
        } catch (DataAccessException | TransactionException e) {
            log.warn("Forgetting old inbound messages failed; next round tries again: {}", e.getMessage());
        }
    }

    /** Whether the message is done with (deleted). */
    private boolean handle(Message message) throws MessagingException {
        try {
            replies.handle(InboundMail.read((MimeMessage) message));
            message.setFlags(new Flags(Flags.Flag.SEEN), true);
            message.setFlag(Flags.Flag.DELETED, true);
            return true;
        } catch (MessagingException | IOException | UncheckedIOException | DataAccessException
                | TransactionException | RateLimitedException e) {
            log.warn("A reply by email could not be handled now; next round tries again: {}", e.toString());
            return false;
        } catch (UploadRefusedException e) {
            if (!e.storageUnavailable() && !"upload-failed".equals(e.code())) {
                return kept(message, e);
            }
            log.warn("A reply's file could not be stored now; next round tries again: {}", e.getMessage());
            return false;
        } catch (RuntimeException e) {
            return kept(message, e);
        }
    }

    private boolean kept(Message message, RuntimeException e) throws MessagingException {
        counters.add("failed");
        log.error("A message of the replies mailbox cannot be handled; it is flagged seen and left there for an "
                + "operator", e);
        message.setFlag(Flags.Flag.SEEN, true);
        return false;
    }

    private static Properties session(String protocol, MailRepliesProperties.Imap imap) {
        Properties p = new Properties();
        String timeout = Long.toString(imap.timeout().toMillis());
        p.put("mail." + protocol + ".connectiontimeout", timeout);
        p.put("mail." + protocol + ".timeout", timeout);
        p.put("mail." + protocol + ".writetimeout", timeout);
        // Reading a message must not mark it seen: one that fails for a passing reason is read again next round.
        p.put("mail." + protocol + ".peek", "true");
        if (imap.ssl()) {
            p.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        return p;
    }
}
