package app.lexdesk.core.developments;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A key development was added to a record, published in the same transaction. Visible to the requester exactly
 * when the author chose so.
 *
 * @param actorId the author, null for platform work
 */
public record KeyDevelopmentAdded(CurrentTenant tenant, RecordKind kind, UUID recordId, UUID developmentId,
        UUID actorId, LocalDate date, String title, boolean visibleToRequester, Instant at) {
}
