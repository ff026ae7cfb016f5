package app.lexdesk.core.attachments;

import app.lexdesk.core.shared.RefusedFieldException;

/**
 * A change to a record's files that was refused, with the field it concerns ({@code name}, {@code folderId},
 * {@code uploadId}, ...) and a stable code; nothing was changed.
 */
public class InvalidFileChangeException extends RefusedFieldException {

    public InvalidFileChangeException(String field, String code, String message) {
        super(field, code, message);
    }
}
