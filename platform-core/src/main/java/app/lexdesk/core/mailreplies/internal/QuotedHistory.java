package app.lexdesk.core.mailreplies.internal;

import app.lexdesk.core.mailreplies.ReplyAddresses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Keeps what a person wrote in a reply and cuts what their mail program quoted or appended. Read from the top, the
 * text ends at the first of:
 * <ul>
 *   <li>Lexdesk's own marker ({@link ReplyAddresses#marker}, in English or French, quoted or not);</li>
 *   <li>an attribution line: "On … wrote:" (Gmail, Apple Mail, Thunderbird; Gmail wraps it over two or three lines)
 *       or "Le … a écrit :";</li>
 *   <li>"-----Original Message-----" or "-----Message d'origine-----" (older Outlook);</li>
 *   <li>Outlook's header block: "From: …" followed within four lines by "Sent: …" (or "Date: …"), "De : …" by
 *       "Envoyé : …" (or "Date : …"), bold (*From:*) or not; a line of underscores above it goes too.</li>
 * </ul>
 * Then quoted lines ({@code >}) left at its end, a signature after the "-- " line, and a last "Sent from my
 * iPhone" / "Envoyé de mon iPhone" are dropped. Quotes inside the text (answers between quoted lines) stay.
 *
 * <p>Pure and thread-safe.
 */
public final class QuotedHistory {

    private static final List<String> MARKERS = List.of(
            ReplyAddresses.marker(Locale.ENGLISH).toLowerCase(Locale.ROOT),
            ReplyAddresses.marker(Locale.FRENCH).toLowerCase(Locale.ROOT));
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^(on\\s.+\\swrote|le\\s.+\\sa\\s+écrit)\\s*:\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ORIGINAL = Pattern.compile(
            "^-{3,}\\s*(original message|message d'origine|message d’origine)\\s*-{3,}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM = Pattern.compile("^\\*?(from|de)\\s?:\\*?\\s.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENT = Pattern.compile("^\\*?(sent|date|envoyé)\\s?:\\*?\\s.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile("^[_\\-=]{8,}$");
    private static final Pattern SIGNATURE = Pattern.compile("^-- ?$");
    private static final Pattern SENT_FROM_DEVICE = Pattern.compile(
            "^(sent from my|envoyé de mon|envoyé depuis mon) .{1,40}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private QuotedHistory() {
    }

    /** What the person wrote, without trailing blank lines; empty when they wrote nothing above the quote. */
    public static String strip(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00a0', ' ').replace('\u202f', ' ').split("\n", -1));
        List<String> kept = new ArrayList<>(lines.subList(0, cut(lines)));
        dropTrailing(kept, line -> line.isBlank() || SEPARATOR.matcher(line.strip()).matches());
        dropTrailing(kept, line -> line.isBlank() || line.stripLeading().startsWith(">"));
        for (int i = 0; i < kept.size(); i++) {
            if (SIGNATURE.matcher(kept.get(i)).matches()) {
                kept = new ArrayList<>(kept.subList(0, i));
                break;
            }
        }
        dropTrailing(kept, String::isBlank);
        if (!kept.isEmpty() && SENT_FROM_DEVICE.matcher(kept.get(kept.size() - 1).strip()).matches()) {
            kept.remove(kept.size() - 1);
        }
        dropTrailing(kept, String::isBlank);
        while (!kept.isEmpty() && kept.get(0).isBlank()) {
            kept.remove(0);
        }
        return String.join("\n", kept.stream().map(QuotedHistory::stripEnd).toList());
    }

    /** The index of the first line that starts the quoted history, or the number of lines. */
    private static int cut(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = unquoted(lines.get(i));
            String lower = line.toLowerCase(Locale.ROOT);
            if (MARKERS.stream().anyMatch(lower::contains) || ORIGINAL.matcher(line).matches()) {
                return i;
            }
            if (attribution(lines, i)) {
                return i;
            }
            if (FROM.matcher(line).matches() && headerBlockFollows(lines, i)) {
                return i;
            }
        }
        return lines.size();
    }

    /** "On … wrote:" on this line, or wrapped over the next two. */
    private static boolean attribution(List<String> lines, int i) {
        String first = unquoted(lines.get(i)).toLowerCase(Locale.ROOT);
        if (!first.startsWith("on ") && !first.startsWith("le ")) {
            return false;
        }
        StringBuilder joined = new StringBuilder();
        for (int j = i; j < Math.min(lines.size(), i + 3); j++) {
            if (j > i && lines.get(j).isBlank()) {
                return false;
            }
            joined.append(j == i ? "" : " ").append(unquoted(lines.get(j)));
            if (ATTRIBUTION.matcher(joined.toString()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean headerBlockFollows(List<String> lines, int from) {
        for (int j = from + 1; j < Math.min(lines.size(), from + 5); j++) {
            if (SENT.matcher(unquoted(lines.get(j))).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String unquoted(String line) {
        String s = line.strip();
        while (s.startsWith(">")) {
            s = s.substring(1).strip();
        }
        return s;
    }

    private static void dropTrailing(List<String> lines, Predicate<String> drop) {
        while (!lines.isEmpty() && drop.test(lines.get(lines.size() - 1))) {
            lines.remove(lines.size() - 1);
        }
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }
}
