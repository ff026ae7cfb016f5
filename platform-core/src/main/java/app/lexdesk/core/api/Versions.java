package app.lexdesk.core.api;

/**
 * A record's version as the API shows it ({@code ETag: "7"}) and takes it back ({@code If-Match: "7"}): a change
 * names the version its caller read, so that a change made meanwhile by someone else is refused (412), never
 * overwritten. A change without {@code If-Match} is refused with 428.
 */
public final class Versions {

    /** A change that names no version it read. */
    public static class PreconditionRequiredException extends RuntimeException {
        public PreconditionRequiredException(String message) {
            super(message);
        }
    }

    /** An {@code If-Match} that names no version of the resource (junk, or an ETag of something else). */
    public static class VersionMismatchException extends RuntimeException {
        public VersionMismatchException(String message) {
            super(message);
        }
    }

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names.
     *
     * @throws PreconditionRequiredException when the header is missing, blank or {@code *}
     * @throws VersionMismatchException when it names something that is not a version
     */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new PreconditionRequiredException("This change needs an If-Match header with the ETag you read "
                    + "(GET the record first).");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (!tag.matches("[0-9]{1,18}")) {
            throw new VersionMismatchException("If-Match names no version of this record; GET it again.");
        }
        return Long.parseLong(tag);
    }
}
