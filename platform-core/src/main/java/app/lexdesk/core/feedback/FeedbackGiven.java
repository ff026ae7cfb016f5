package app.lexdesk.core.feedback;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.UUID;

/**
 * A requester rated the answer to their request (or changed their rating), published in the same transaction.
 * Carries no comment: a listener that needs it reads the feedback.
 *
 * @param actorId the requester
 * @param first   whether this is the record's first feedback, not a change of it
 */
public record FeedbackGiven(CurrentTenant tenant, RecordKind kind, UUID recordId, String reference, UUID actorId,
        int rating, boolean first, Instant at) {
}
