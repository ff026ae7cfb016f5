package app.lexdesk.core.attachments;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone opened a record's file for download, published before any byte is sent. Who read which file is for the
 * legal team only.
 *
 * @param recordKind what the file is attached to ({@code REQUEST}, {@code MATTER} or {@code CONTRACT})
 */
public record FileDownloaded(CurrentTenant tenant, String recordKind, UUID recordId, UUID attachmentId,
        String filename, UUID actorId, Instant at) {

    public boolean visibleToRequester() {
        return false;
    }
}
