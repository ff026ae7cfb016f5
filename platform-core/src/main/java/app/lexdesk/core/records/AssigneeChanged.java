package app.lexdesk.core.records;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.UUID;

/**
 * A record was given to someone of the legal team, or taken back, published in the same transaction. The requester
 * sees who works on their record (the assignee's name), so the change is visible to them.
 *
 * @param beforeId the previous assignee, null when there was none (likewise {@code afterId})
 */
public record AssigneeChanged(CurrentTenant tenant, RecordKind kind, UUID recordId, String reference, UUID actorId,
        UUID beforeId, String beforeName, UUID afterId, String afterName, Instant at) {

    public boolean visibleToRequester() {
        return true;
    }
}
