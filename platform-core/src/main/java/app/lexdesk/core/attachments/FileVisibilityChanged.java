package app.lexdesk.core.attachments;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.UUID;

/**
 * The legal team shared a record's file with the requester or hid it again, published in the same transaction.
 * Visible to the requester only when the file becomes visible.
 *
 * @param recordKind what the file is attached to ({@code REQUEST}, {@code MATTER} or {@code CONTRACT})
 */
public record FileVisibilityChanged(CurrentTenant tenant, String recordKind, UUID recordId, UUID attachmentId,
        String filename, UUID actorId, boolean before, boolean after, Instant at) {

    public boolean visibleToRequester() {
        return after;
    }
}
