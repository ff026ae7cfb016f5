package app.lexdesk.core.matters.internal;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.persistence.RecordEntity;
import app.lexdesk.core.records.persistence.RecordStore;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Matters as the record core edits them. */
@Component
class MatterStore implements RecordStore {

    private final MatterRepository matters;

    MatterStore(MatterRepository matters) {
        this.matters = matters;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.MATTER;
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
