package app.lexdesk.core.matters;

import app.lexdesk.core.records.Origin;
import java.time.Instant;
import java.util.UUID;

/** A matter's page: its core fields, people and the request it came from. */
public record MatterDetails(UUID id, String reference, String title, String description, String board,
        String status, Origin origin, UUID requesterId, String requesterName, UUID companyId, String companyName,
        String assigneeName, UUID requestId, Instant createdAt) {
}
