package app.lexdesk.core.records;

import java.time.Instant;
import java.util.UUID;

/**
 * A record of either kind as the features that point at records see it: which record, how people call it, and
 * the people its own columns name (requester, company, assignee). Staff-facing: it is not a portal read model.
 */
public record RecordRef(UUID id, RecordKind kind, String reference, String title, UUID requesterId, UUID companyId,
        UUID assigneeId, Instant createdAt) {
}
