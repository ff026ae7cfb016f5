package app.lexdesk.core.notifications;

import app.lexdesk.core.shared.RefusedFieldException;

/** A rule the core refused, with the field at fault; nothing was saved. */
public class InvalidNotificationRuleException extends RefusedFieldException {

    public InvalidNotificationRuleException(String field, String code, String message) {
        super(field, code, message);
    }
}
