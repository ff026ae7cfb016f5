package app.lexdesk.infra;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SMTP and IMAP: GreenMail in this JVM, so tests and the dev mailbox page read what was sent, and Lexdesk reads the
 * replies mailbox over IMAP as it would a real one.
 *
 * <p>The replies mailbox {@value #REPLIES_ADDRESS} (login the same, password {@value #REPLIES_PASSWORD}) receives
 * every subaddress {@code replies+anything@lexdesk.test} too, as a real mail server does with plus-addressing
 * (RFC 5233): a delivery handler on GreenMail's user manager routes them there. Any other address gets a mailbox of
 * its own on first delivery, as GreenMail does by default.
 */
public final class MailServer implements AutoCloseable {

    /** The mailbox Lexdesk reads replies by email from; its subaddresses are delivered to it. */
    public static final String REPLIES_ADDRESS = "replies@lexdesk.test";
    public static final String REPLIES_PASSWORD = "replies-dev-password";

    private static final Pattern LINK = Pattern.compile("href=\"(https?://[^\"]+)\"");

    private final GreenMail greenMail;
    private final int port;
    private final int imapPort;

    MailServer(int port, int imapPort) {
        this.port = port;
        this.imapPort = imapPort;
        this.greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    }

    MailServer start() {
        Ports.requireFree("SMTP", port);
        Ports.requireFree("IMAP", imapPort);
        greenMail.start();
        // A (re)started GreenMail has new user managers: the replies mailbox and its subaddresses are set up each time.
        greenMail.setUser(REPLIES_ADDRESS, REPLIES_ADDRESS, REPLIES_PASSWORD);
        UserManager users = greenMail.getUserManager();
        users.setMessageDeliveryHandler(subaddressesOf(REPLIES_ADDRESS, users, users.getMessageDeliveryHandler()));
        return this;
    }

    /** Delivers {@code local+detail@domain} to {@code address}'s mailbox; anything else as {@code otherwise} does. */
    private static MessageDeliveryHandler subaddressesOf(String address, UserManager users,
            MessageDeliveryHandler otherwise) {
        int at = address.indexOf('@');
        String prefix = address.substring(0, at).toLowerCase(Locale.ROOT) + "+";
        String domain = address.substring(at).toLowerCase(Locale.ROOT);
        return (message, recipient) -> {
            String email = recipient.getEmail().toLowerCase(Locale.ROOT);
            if (email.startsWith(prefix) && email.endsWith(domain)) {
                GreenMailUser mailbox = users.getUserByEmail(address);
                if (mailbox == null) {
                    throw new UserException("No mailbox " + address);
                }
                return mailbox;
            }
            return otherwise.handle(message, recipient);
        };
    }

    public int port() {
        return port;
    }

    /** Test-only: stops accepting connections (SMTP and IMAP), as a mail server that is down. */
    public synchronized void suspend() {
        greenMail.stop();
    }

    /**
     * Test-only: accepts connections again on the same ports after {@link #suspend()}, with the replies mailbox set up
     * again; what was received before is gone.
     */
    public synchronized void resume() {
        start();
    }

    /** The IMAP port (plain IMAP on loopback; log in as {@value #REPLIES_ADDRESS}). */
    public int imapPort() {
        return imapPort;
    }

    /** Every message received since start, oldest first. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /**
     * The newest message to {@code address} whose subject contains {@code subject} (ignoring case) among those
     * received after the first {@code skip} messages to that address, waiting up to {@code timeout} for it.
     */
    public MimeMessage await(String address, String subject, int skip, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<MimeMessage> to = to(address);
            Optional<MimeMessage> found = to.subList(Math.min(skip, to.size()), to.size()).stream()
                    .filter(m -> subject(m).toLowerCase(Locale.ROOT).contains(subject.toLowerCase(Locale.ROOT)))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("No mail to " + address + " about \"" + subject + "\" within "
                        + timeout.toSeconds() + " s; received: " + to.stream().map(MailServer::subject).toList());
            }
            Ports.sleep(100);
        }
    }

    /** The messages to {@code address}, oldest first. */
    public List<MimeMessage> to(String address) {
        return received().stream().filter(m -> recipients(m).stream().anyMatch(address::equalsIgnoreCase)).toList();
    }

    /** The first link of a message's HTML part (the action of a Keycloak email), with HTML entities undone. */
    public static String firstLink(MimeMessage message) {
        Matcher link = LINK.matcher(html(message));
        if (!link.find()) {
            throw new IllegalStateException("No link in mail \"" + subject(message) + "\"");
        }
        return link.group(1).replace("&amp;", "&");
    }

    /** Every text of a message (its plain and HTML parts) as one string. */
    public static String html(MimeMessage message) {
        try {
            return content(message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }

    private static String content(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(content(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return "";
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            return List.of();
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
