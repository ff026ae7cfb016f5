package app.lexdesk.infra;

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

/** SMTP: GreenMail in this JVM, so tests and the dev mailbox page read what was sent. */
public final class MailServer implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("href=\"(https?://[^\"]+)\"");

    private final GreenMail greenMail;
    private final int port;

    MailServer(int port) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    MailServer start() {
        Ports.requireFree("SMTP", port);
        greenMail.start();
        return this;
    }

    public int port() {
        return port;
    }

    /** Test-only: stops accepting connections, as an SMTP server that is down (what it received is kept). */
    public synchronized void suspend() {
        greenMail.stop();
    }

    /** Test-only: accepts connections again on the same port after {@link #suspend()}. */
    public synchronized void resume() {
        Ports.requireFree("SMTP", port);
        greenMail.start();
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
