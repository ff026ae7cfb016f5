package app.lexdesk.core.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What every record's page shows at its top, for staff: its identity, where it is in its workflow and where it may
 * go, who works on it, how urgent it is, and the version a change must name (with who changed it last).
 */
public record RecordHeader(UUID id, RecordKind kind, String reference, String title, String description,
        Origin origin, RecordStatus status, List<RecordStatus> transitions, Priority priority, LocalDate dueDate,
        UUID assigneeId, String assigneeName, UUID requesterId, String requesterName, UUID companyId,
        String companyName, UUID requestId, Instant createdAt, Instant updatedAt, String updatedByName,
        long version) {

    public RecordHeader {
        transitions = List.copyOf(transitions);
    }

    public boolean fromPortal() {
        return origin == Origin.PORTAL;
    }
}
