package app.lexdesk.core.api;

/**
 * A query or body parameter the API cannot use; answered as 400 {@code application/problem+json} with the
 * parameter's name in {@code errors[].field}.
 */
public class InvalidParameterException extends RuntimeException {

    private final String field;
    private final String code;

    public InvalidParameterException(String field, String code, String message) {
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
