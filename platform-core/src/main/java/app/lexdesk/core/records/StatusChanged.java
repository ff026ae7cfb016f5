package app.lexdesk.core.records;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.UUID;

/**
 * A record moved along its workflow, published by the record core in the transaction that moved it. The requester
 * follows their record's status (by its portal label), so the move is visible to them.
 *
 * @param before the status code it left
 * @param after the status code it is in now
 * @param actorId who moved it, null for platform work
 */
public record StatusChanged(CurrentTenant tenant, RecordKind kind, UUID recordId, String reference, UUID actorId,
        String before, String after, Instant at) {

    public boolean visibleToRequester() {
        return true;
    }
}
