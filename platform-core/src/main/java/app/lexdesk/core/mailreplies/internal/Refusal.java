package app.lexdesk.core.mailreplies.internal;

/**
 * Why a reply by email was not placed, as its answer tells the sender.
 *
 * @param file  the file at fault, or null
 * @param limit the limit passed (characters, MB or files), or 0
 */
public record Refusal(Reason reason, String file, long limit) {

    public enum Reason {
        /** No token, a changed or invented one, or one naming nothing stored (or a tenant that is gone). */
        UNKNOWN_ADDRESS("unknown-address"),
        /** A real token whose person may no longer act on the record (or whose membership ended). */
        EXPIRED("expired"),
        /** A real token, sent from another address than its person's (or from several). */
        NOT_YOUR_ADDRESS("not-your-address"),
        EMPTY("empty"),
        TOO_LONG("too-long"),
        TOO_LARGE("too-large"),
        BLOCKED_TYPE("blocked-type"),
        TOO_MANY_FILES("too-many-files"),
        FILES_NOT_RECEIVED("files-not-received");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** The key of its texts and of its counter. */
        public String key() {
            return key;
        }
    }

    public static Refusal of(Reason reason) {
        return new Refusal(reason, null, 0);
    }
}
