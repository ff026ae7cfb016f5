package app.lexdesk.core.contracts.internal;

import app.lexdesk.core.records.persistence.RecordRepository;

public interface ContractRepository extends RecordRepository<ContractEntity> {
}
