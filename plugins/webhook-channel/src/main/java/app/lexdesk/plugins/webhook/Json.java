package app.lexdesk.plugins.webhook;

import java.util.List;

/**
 * Just enough JSON writing for the payloads, so that the plugin jar needs no library: strings escaped as RFC 8259
 * asks, objects and arrays built from already written values.
 */
final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    /**
     * {@code value} as a JSON string literal, quotes included; {@code null} for null. Escapes the quote, the
     * backslash and every control character (U+0000-U+001F, U+007F), and U+2028/U+2029 so the text is also safe in
     * JavaScript. A lone surrogate, which UTF-8 cannot encode, becomes U+FFFD; pairs (emoji) pass unchanged.
     */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        unicode(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\ufffd');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
    }

    /** An array of already written JSON values. */
    static String array(List<String> values) {
        return "[" + String.join(",", values) + "]";
    }

    static Members object() {
        return new Members();
    }

    /** An object's members in the order they are added. */
    static final class Members {

        private final StringBuilder out = new StringBuilder("{");

        /** A string member; null is written as JSON null. */
        Members string(String name, String value) {
            return raw(name, Json.string(value));
        }

        Members bool(String name, boolean value) {
            return raw(name, String.valueOf(value));
        }

        /** A member whose value is already JSON (an object, an array). */
        Members raw(String name, String json) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(Json.string(name)).append(':').append(json);
            return this;
        }

        String write() {
            return out + "}";
        }
    }
}
