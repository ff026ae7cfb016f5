package app.lexdesk.core.matters.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface MatterRepository extends JpaRepository<MatterEntity, UUID>, JpaSpecificationExecutor<MatterEntity> {

    @EntityGraph(attributePaths = {"requester", "assignee", "company"})
    Optional<MatterEntity> findByReference(String reference);
}
