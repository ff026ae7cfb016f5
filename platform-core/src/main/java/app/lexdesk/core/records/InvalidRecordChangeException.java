package app.lexdesk.core.records;

/** A value a record cannot take, naming the field (for a 400 with the field, or a message beside it in the UI). */
public class InvalidRecordChangeException extends IllegalArgumentException {

    private final String field;
    private final String code;

    public InvalidRecordChangeException(String field, String code, String message) {
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
