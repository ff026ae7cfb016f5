package app.lexdesk.core.participants;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.UUID;

/**
 * A person or company was given a role on a record, published in the same transaction. Not visible to the
 * requester: who else is on a record is the legal team's working knowledge.
 *
 * @param name the person's or company's name at the time
 */
public record ParticipantAdded(CurrentTenant tenant, RecordKind kind, UUID recordId, UUID participantId,
        UUID actorId, String name, ParticipantRole role, Instant at) {

    public boolean visibleToRequester() {
        return false;
    }
}
