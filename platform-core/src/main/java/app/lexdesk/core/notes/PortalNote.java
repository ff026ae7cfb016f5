package app.lexdesk.core.notes;

import java.time.Instant;
import java.util.UUID;

/**
 * A note as its requester reads it: only shared notes reach this type, so it carries no visibility.
 * {@code fromRequester} marks the requester's own replies in the thread.
 */
public record PortalNote(UUID id, String text, String authorName, Instant createdAt, boolean fromRequester) {
}
