package app.lexdesk.core.portal;

/** Something a requester asked of the portal that was refused, with the field it concerns; nothing was changed. */
public class InvalidPortalRequestException extends RuntimeException {

    private final String field;
    private final String code;

    public InvalidPortalRequestException(String field, String code, String message) {
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
