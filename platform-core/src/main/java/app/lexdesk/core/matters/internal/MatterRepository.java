package app.lexdesk.core.matters.internal;

import app.lexdesk.core.records.persistence.RecordRepository;

public interface MatterRepository extends RecordRepository<MatterEntity> {
}
