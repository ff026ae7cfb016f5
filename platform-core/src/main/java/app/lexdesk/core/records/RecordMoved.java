package app.lexdesk.core.records;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.UUID;

/**
 * A record moved from one board (or contract type) to another, published by the service that moved it in the
 * same transaction. Where a record is filed is the legal team's business, so a move is not visible to the
 * requester.
 *
 * @param before the board or contract type it was in (null when unclassified)
 * @param actorId the person who moved it, null for platform work
 */
public record RecordMoved(CurrentTenant tenant, RecordKind kind, UUID recordId, UUID actorId, String before,
        String after, Instant at) {

    public boolean visibleToRequester() {
        return false;
    }
}
