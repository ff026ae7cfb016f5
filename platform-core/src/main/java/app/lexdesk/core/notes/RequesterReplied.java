package app.lexdesk.core.notes;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The requester (or a colleague they named on the request) replied from the portal: a shared note, with the files
 * sent with it, published in the same transaction. The legal team reads it as "from requester"; the requester's
 * timeline shows it.
 */
public record RequesterReplied(CurrentTenant tenant, RecordKind kind, UUID recordId, UUID noteId, UUID actorId,
        List<UUID> attachmentIds, Instant at) {

    public RequesterReplied {
        attachmentIds = List.copyOf(attachmentIds);
    }

    public boolean visibleToRequester() {
        return true;
    }
}
