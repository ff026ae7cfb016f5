package app.lexdesk.core.notes;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.UUID;

/**
 * A note was written on a record, published in the same transaction. Carries no text: a listener that needs it
 * reads the note, under the note's visibility. Visible to the requester exactly when the note is shared.
 *
 * @param actorId the author, null for platform work
 */
public record NoteAdded(CurrentTenant tenant, RecordKind kind, UUID recordId, UUID noteId, UUID actorId,
        NoteVisibility visibility, Instant at) {

    public boolean visibleToRequester() {
        return visibility == NoteVisibility.SHARED;
    }
}
