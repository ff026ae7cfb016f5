package app.lexdesk.core.notes;

import java.time.Instant;
import java.util.UUID;

/**
 * A note as the legal team reads it: internal and shared ones alike, with the author; {@code fromRequester} marks
 * a reply the requester wrote from the portal (always shared).
 */
public record NoteDetails(UUID id, UUID recordId, String text, NoteVisibility visibility, UUID authorId,
        String authorName, Instant createdAt, boolean fromRequester) {

    /** A note the legal team wrote. */
    public NoteDetails(UUID id, UUID recordId, String text, NoteVisibility visibility, UUID authorId,
            String authorName, Instant createdAt) {
        this(id, recordId, text, visibility, authorId, authorName, createdAt, false);
    }

    public boolean shared() {
        return visibility == NoteVisibility.SHARED;
    }
}
