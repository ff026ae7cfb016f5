package app.lexdesk.core.attachments;

import java.time.Instant;
import java.util.UUID;

/**
 * Something deleted from a record's files that administrators can still restore, until {@code purgedAfter}.
 *
 * @param folder true for a folder (restored with what was deleted with it), false for a file
 */
public record DeletedItem(UUID id, boolean folder, String name, String deletedBy, Instant deletedAt,
        Instant purgedAfter) {
}
