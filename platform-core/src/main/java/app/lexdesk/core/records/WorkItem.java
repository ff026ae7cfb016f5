package app.lexdesk.core.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A record of either kind as the back office's home lists it (my work, the triage queue): enough to say what it is,
 * where it stands and when it is due, and to link to it by reference.
 */
public record WorkItem(UUID id, RecordKind kind, String reference, String title, String status, Origin origin,
        LocalDate dueDate, Instant createdAt, Instant updatedAt) {

    public boolean fromPortal() {
        return origin == Origin.PORTAL;
    }
}
