package app.lexdesk.core.participants;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.UUID;

/** A person or company lost their role on a record, published in the same transaction; not visible to the requester. */
public record ParticipantRemoved(CurrentTenant tenant, RecordKind kind, UUID recordId, UUID participantId,
        UUID actorId, String name, ParticipantRole role, Instant at) {

    public boolean visibleToRequester() {
        return false;
    }
}
