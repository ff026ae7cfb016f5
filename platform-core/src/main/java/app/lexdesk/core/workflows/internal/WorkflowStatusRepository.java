package app.lexdesk.core.workflows.internal;

import app.lexdesk.core.records.RecordKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkflowStatusRepository extends JpaRepository<WorkflowStatusEntity, UUID> {

    List<WorkflowStatusEntity> findByRecordKindOrderByPositionAscCodeAsc(RecordKind kind);

    Optional<WorkflowStatusEntity> findByRecordKindAndCode(RecordKind kind, String code);
}
