package app.lexdesk.core.records;

import app.lexdesk.core.records.internal.RecordIdentityEntity;
import app.lexdesk.core.records.internal.RecordIdentityRepository;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The identity of the current tenant's records, whatever their kind. */
@Service
public class RecordService {

    private final RecordIdentityRepository identities;

    RecordService(RecordIdentityRepository identities) {
        this.identities = identities;
    }

    /**
     * Registers a new record of {@code kind} in the caller's transaction and returns its id, which the kind's own
     * row takes as its id (the database checks it at commit).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID register(RecordKind kind) {
        return identities.save(new RecordIdentityEntity(kind)).getId();
    }
}
