package app.lexdesk.core.shared;

/**
 * A change a feature refused because of one field, with a stable code and a message for people; nothing was
 * changed. The API answers every one the same way: 400 problem+json with the field in {@code errors[0]}.
 */
public abstract class RefusedFieldException extends RuntimeException {

    private final String field;
    private final String code;

    protected RefusedFieldException(String field, String code, String message) {
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
