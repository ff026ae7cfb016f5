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

    /** The store of {@code kind} over its repository: what a kind declares as its bean. */
    static RecordStore of(RecordKind kind, RecordRepository<? extends RecordEntity> repository) {
        return new RecordStore() {
            @Override
            public RecordKind kind() {
                return kind;
            }

            @Override
            public Optional<? extends RecordEntity> findByReference(String reference) {
                return repository.findByReference(reference);
            }

            @Override
            public long countByStatus(String status) {
                return repository.countByStatus(status);
            }
        };
    }
}
