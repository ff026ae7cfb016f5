package app.lexdesk.core.records.persistence;

import app.lexdesk.core.records.RecordKind;
import java.util.Optional;

/**
 * A record kind's rows, as the record core works on them: each kind (matters, contracts) contributes one as a bean,
 * so the core's editing (status, assignee, description, priority, due date) is written once for all kinds.
 */
public interface RecordStore {

    RecordKind kind();

    /** The current tenant's record with this reference, managed by the caller's transaction. */
    Optional<? extends RecordEntity> findByReference(String reference);

    /** How many of the current tenant's records are in {@code status}. */
    long countByStatus(String status);
}
