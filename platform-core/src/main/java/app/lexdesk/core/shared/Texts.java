package app.lexdesk.core.shared;

/** What people's text may hold before it is stored: PostgreSQL refuses NUL, and no one types other controls. */
public final class Texts {

    private Texts() {
    }

    /** Whether {@code value} holds a control character other than tab, line feed and carriage return. */
    public static boolean hasControlCharacters(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
