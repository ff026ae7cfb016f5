package app.lexdesk.core.attachments;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names as Lexdesk stores and sends them: whatever a client or a browser says a file is called, the stored
 * name has no path, no control characters, no quotes, slashes, backslashes or semicolons, is trimmed, at most
 * {@link #MAX_LENGTH} characters and never empty; and every download names it in a {@code Content-Disposition}
 * header built by {@link #contentDisposition(String)}, never by hand, so a name cannot add a parameter of its own
 * (a second {@code filename*}) or break the header.
 *
 * <p>Pure functions, safe from any thread; no tenant involved.
 */
public final class FileNames {

    /** The longest stored name, in characters (the column allows 255). */
    public static final int MAX_LENGTH = 255;
    static final String FALLBACK = "file";

    private FileNames() {
    }

    /**
     * The name to store for what a client called {@code filename}: the last path segment (either slash), control and
     * format characters removed, {@code " ; / \} replaced by {@code _}, blanks collapsed and trimmed, cut to
     * {@link #MAX_LENGTH} keeping the extension, and {@code "file"} when nothing is left (or only dots).
     */
    public static String clean(String filename) {
        String name = filename == null ? "" : Normalizer.normalize(filename, Normalizer.Form.NFC);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "");
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = name.replaceAll("[\";]", "_").replaceAll("\\s+", " ").strip();
        // A name of dots only ("..") would read as a path; a leading dot would hide the file on most systems.
        name = name.replaceFirst("^\\.+", "").strip();
        if (name.isEmpty()) {
            return FALLBACK;
        }
        return limit(name);
    }

    /** The extension of {@code name} in lower case without the dot ({@code pdf}), or "" when it has none. */
    public static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "";
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code name} with {@code extension} (with its dot, {@code .pdf}) in place of its own: {@code scan.docx} becomes
     * {@code scan.pdf}, {@code scan} becomes {@code scan.pdf}.
     */
    public static String withExtension(String name, String extension) {
        String base = extension(name).isEmpty() ? name : name.substring(0, name.lastIndexOf('.'));
        return limit(clean(base) + extension);
    }

    /**
     * The value of a {@code Content-Disposition} header that downloads {@code filename} as an attachment:
     * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<RFC 5987 percent-encoding>} (RFC 6266). The
     * fallback keeps only letters, digits, space and {@code . _ - ( ) + , @ & = ! ~ [ ]} of ASCII, anything else
     * becoming {@code _}; the UTF-8 form encodes every byte outside RFC 5987's {@code attr-char}, so neither can end
     * the parameter early whatever the name holds. The name is {@linkplain #clean cleaned} first.
     */
    public static String contentDisposition(String filename) {
        String name = clean(filename);
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    static String asciiFallback(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            boolean safe = c < 128 && (Character.isLetterOrDigit(c) || " ._-()+,@&=!~[]".indexOf(c) >= 0);
            ascii.append(safe ? c : '_');
        }
        return ascii.toString();
    }

    static String rfc5987(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean attrChar = c < 128 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0);
            if (attrChar) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    private static String limit(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        int keep = extension.isEmpty() || extension.length() > 16 ? 0 : extension.length() + 1;
        String cut = name.substring(0, MAX_LENGTH - keep);
        // Never end in the middle of a surrogate pair.
        if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + (keep == 0 ? "" : name.substring(name.length() - keep));
    }
}
