package app.lexdesk.core.attachments;

/**
 * A change to a record's files that was refused, with the field it concerns ({@code name}, {@code folderId},
 * {@code uploadId}, ...) and a stable code; nothing was changed.
 */
public class InvalidFileChangeException extends RuntimeException {

    private final String field;
    private final String code;

    public InvalidFileChangeException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
