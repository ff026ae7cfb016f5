package app.lexdesk.core.records;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.UUID;

/**
 * A matter or contract was opened, published by its kind's service in the opening transaction.
 *
 * <p>The opening itself (the record's {@code reference}) is {@link #visibleToRequester visible to the requester};
 * where it was classified ({@code target}: a board or a contract type) and why are for the legal team only.
 *
 * @param actorId   the person who caused it (the requester of a portal submission), null for platform work
 * @param requestId the request the record was opened from, null for a record opened by staff; such an opening is
 *                  also told, whole, by the request's {@code RequestSubmitted}
 */
public record RecordOpened(CurrentTenant tenant, RecordKind kind, UUID recordId, String reference, UUID actorId,
        String target, String classificationReason, Instant at, UUID requestId) {

    public boolean visibleToRequester() {
        return true;
    }
}
