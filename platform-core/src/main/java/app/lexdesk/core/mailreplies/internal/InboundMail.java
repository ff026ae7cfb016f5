package app.lexdesk.core.mailreplies.internal;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Lexdesk reads of one inbound message: who sent it, to which addresses, whether a machine sent it, the text
 * the person wrote (quoted history cut by {@link QuotedHistory}; text/plain preferred, else the HTML part's text by
 * {@link HtmlText}) and its files. The files are read when {@link Attachment#open} is called, straight from the
 * message (over IMAP, part by part), never all held at once.
 *
 * @param messageId  the Message-ID, or one made of the message's headers when it has none
 * @param from       the From addresses, lowercase (a reply from one person has exactly one)
 * @param recipients every address it was sent to: To, Cc and the envelope recipients mail servers record
 *                   (Delivered-To, X-Original-To, Envelope-To), lowercase, in that order
 * @param automatic  sent by a machine: an auto-reply, an out-of-office, a bounce or a list (RFC 3834
 *                   {@code Auto-Submitted}, {@code X-Autoreply}, {@code Precedence: bulk|auto_reply|junk|list}, an
 *                   empty Return-Path, MAILER-DAEMON or postmaster, a delivery report) — never answered
 */
public record InboundMail(String messageId, List<String> from, List<String> recipients, String subject,
        boolean automatic, String text, List<Attachment> attachments) {

    private static final Set<String> AUTOMATIC_PRECEDENCE = Set.of("bulk", "auto_reply", "junk", "list");
    private static final Set<String> MACHINES = Set.of("mailer-daemon", "postmaster");

    public InboundMail {
        from = List.copyOf(from);
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }

    /** A file of the message: its name and how to read it. */
    public record Attachment(String filename, Part part) {

        /** The file's bytes (transfer encoding undone); the caller closes the stream. */
        public InputStream open() throws IOException {
            try {
                return part.getInputStream();
            } catch (MessagingException e) {
                throw new IOException(e);
            }
        }
    }

    /** Reads a message; its parts' bytes stay where they are until an attachment is opened. */
    public static InboundMail read(MimeMessage message) throws MessagingException, IOException {
        Body body = new Body();
        collect(message, body, true);
        String text = !body.plain.toString().isBlank() ? body.plain.toString() : HtmlText.of(body.html.toString());
        return new InboundMail(messageId(message), addresses(message.getHeader("From", ",")),
                recipients(message), message.getSubject() == null ? "" : message.getSubject(), automatic(message),
                QuotedHistory.strip(text), body.attachments);
    }

    private static final class Body {
        final StringBuilder plain = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<Attachment> attachments = new ArrayList<>();
    }

    private static void collect(Part part, Body body, boolean top) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), body, false);
            }
            return;
        }
        String filename = filename(part);
        if (part.isMimeType("message/rfc822") && !top) {
            body.attachments.add(new Attachment(filename == null ? "message.eml" : filename, part));
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && !top) {
            body.attachments.add(new Attachment(filename == null ? "attachment" : filename, part));
        } else if (part.isMimeType("text/plain") && filename == null) {
            append(body.plain, text(part));
        } else if (part.isMimeType("text/html") && filename == null) {
            append(body.html, text(part));
        } else if (filename != null && !embeddedImage(part)) {
            // Apple Mail sends attached files inline; images an HTML body shows by Content-ID are not files sent.
            body.attachments.add(new Attachment(filename, part));
        }
    }

    private static boolean embeddedImage(Part part) throws MessagingException {
        return part.isMimeType("image/*") && part instanceof MimePart mime && mime.getContentID() != null
                && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
    }

    private static void append(StringBuilder to, String text) {
        if (!to.isEmpty() && !text.isEmpty()) {
            to.append('\n');
        }
        to.append(text);
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String filename(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return name.contains("=?") ? MimeUtility.decodeText(name) : name;
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }

    private static String messageId(MimeMessage message) throws MessagingException {
        String id = message.getMessageID();
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        // No Message-ID (rare): the same headers make the same id, so the message is still handled once.
        String headers = String.join("\n", String.valueOf(message.getHeader("From", ",")),
                String.valueOf(message.getHeader("To", ",")), String.valueOf(message.getHeader("Date", ",")),
                String.valueOf(message.getSubject()));
        return "<synthetic-" + HexFormat.of().formatHex(sha256(headers)) + "@lexdesk>";
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        Set<String> all = new LinkedHashSet<>();
        for (String header : List.of("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To")) {
            all.addAll(addresses(message.getHeader(header, ",")));
        }
        return List.copyOf(all);
    }

    /** The addresses of a header (lowercase), skipping what does not parse. */
    static List<String> addresses(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(InternetAddress.parseHeader(header, false)).map(Address::toString)
                    .map(InboundMail::bare).toList();
        } catch (AddressException e) {
            return List.of();
        }
    }

    private static String bare(String address) {
        try {
            return new InternetAddress(address).getAddress().toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            return address.toLowerCase(Locale.ROOT);
        }
    }

    static boolean automatic(MimeMessage message) throws MessagingException {
        String submitted = message.getHeader("Auto-Submitted", null);
        if (submitted != null && !submitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        for (String header : List.of("X-Autoreply", "X-Autorespond", "X-Auto-Reply", "X-Failed-Recipients")) {
            if (message.getHeader(header) != null) {
                return true;
            }
        }
        String precedence = message.getHeader("Precedence", null);
        if (precedence != null && AUTOMATIC_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String returnPath = message.getHeader("Return-Path", null);
        if (returnPath != null && returnPath.replaceAll("[\\s<>]", "").isEmpty()) {
            return true;
        }
        for (String from : addresses(message.getHeader("From", ","))) {
            if (MACHINES.contains(from.substring(0, Math.max(0, from.indexOf('@'))))) {
                return true;
            }
        }
        return message.isMimeType("multipart/report");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
