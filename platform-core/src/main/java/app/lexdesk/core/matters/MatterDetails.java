package app.lexdesk.core.matters;

import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.Priority;
import app.lexdesk.core.records.RecordStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A matter's page, for staff: its core fields, people, the request it came from, where it is in its workflow
 * ({@code statusDetails}) and where it may move ({@code transitions}), and the {@code version} a change names.
 */
public record MatterDetails(UUID id, String reference, String title, String description, String board,
        String status, Origin origin, UUID requesterId, String requesterName, UUID companyId, String companyName,
        String assigneeName, UUID requestId, Instant createdAt, RecordStatus statusDetails,
        List<RecordStatus> transitions, Priority priority, LocalDate dueDate, UUID assigneeId, Instant updatedAt,
        String updatedByName, long version) {

    public MatterDetails {
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }
}
