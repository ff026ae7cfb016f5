package app.lexdesk.core.contracts.internal;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.persistence.RecordEntity;
import app.lexdesk.core.records.persistence.RecordStore;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Contracts as the record core edits them. */
@Component
class ContractStore implements RecordStore {

    private final ContractRepository matters;

    ContractStore(ContractRepository matters) {
        this.matters = matters;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.CONTRACT;
    }

    @Override
    public Optional<? extends RecordEntity> findByReference(String reference) {
        return matters.findByReference(reference);
    }

    @Override
    public long countByStatus(String status) {
        return matters.countByStatus(status);
    }
}
