package app.lexdesk.core.workflows.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WorkflowTransitionRepository extends JpaRepository<WorkflowTransitionEntity, UUID> {

    List<WorkflowTransitionEntity> findByFromStatusIdIn(Collection<UUID> statusIds);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from WorkflowTransitionEntity t where t.fromStatusId = ?1")
    void deleteFrom(UUID statusId);
}
