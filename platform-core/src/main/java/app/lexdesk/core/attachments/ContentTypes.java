package app.lexdesk.core.attachments;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Detects a file's type from its first bytes, never trusting the name or what the browser claims; the
 * name only refines a ZIP container into the Office format it is. Executables are refused.
 */
public final class ContentTypes {

    public static final String OCTET_STREAM = "application/octet-stream";

    private ContentTypes() {
    }

    /** The detected type, or null for a type Lexdesk refuses to store (executables). */
    public static String detect(byte[] head, int length, String filename) {
        byte[] b = Arrays.copyOf(head, Math.max(0, length));
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (starts(b, 'M', 'Z') || starts(b, 0x7F, 'E', 'L', 'F') || starts(b, '#', '!')) {
            return null;
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "application/pdf";
        }
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return name.endsWith(".xls") ? "application/vnd.ms-excel" : "application/msword";
        }
        if (starts(b, 'P', 'K', 0x03, 0x04)) {
            if (name.endsWith(".docx")) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            if (name.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            if (name.endsWith(".pptx")) {
                return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            }
            return "application/zip";
        }
        return isText(b) ? "text/plain" : OCTET_STREAM;
    }

    private static boolean starts(byte[] b, int... signature) {
        if (b.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        try {
            // A multi-byte character cut at the end of the sample is still text.
            int end = b.length;
            while (end > 0 && end > b.length - 4 && (b[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > 0 && (b[end - 1] & 0xC0) == 0xC0) {
                end--;
            }
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
