package app.lexdesk.core.notes;

import java.time.Instant;
import java.util.UUID;

/** A note as the legal team reads it: internal and shared ones alike, with the author. */
public record NoteDetails(UUID id, UUID recordId, String text, NoteVisibility visibility, UUID authorId,
        String authorName, Instant createdAt) {

    public boolean shared() {
        return visibility == NoteVisibility.SHARED;
    }
}
