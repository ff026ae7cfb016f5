package app.lexdesk.core.portal;

import app.lexdesk.core.shared.RefusedFieldException;

/** Something a requester asked of the portal that was refused, with the field it concerns; nothing was changed. */
public class InvalidPortalRequestException extends RefusedFieldException {

    public InvalidPortalRequestException(String field, String code, String message) {
        super(field, code, message);
    }
}
