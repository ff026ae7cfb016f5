package app.lexdesk.core.attachments;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The requester (or a colleague they named on the request) sent files from the portal, without a reply: they are
 * in the record's "From requester" folder, marked as theirs. Published in the same transaction.
 */
public record RequesterUploaded(CurrentTenant tenant, String recordKind, UUID recordId, List<UUID> attachmentIds,
        UUID actorId, Instant at) {

    public RequesterUploaded {
        attachmentIds = List.copyOf(attachmentIds);
    }

    public boolean visibleToRequester() {
        return true;
    }
}
