package app.lexdesk.core.matters.internal;

import app.lexdesk.core.matters.PersonName;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface MatterRepository extends JpaRepository<MatterEntity, UUID>, JpaSpecificationExecutor<MatterEntity> {

    @EntityGraph(attributePaths = {"requester", "assignee", "company"})
    Optional<MatterEntity> findByReference(String reference);

    @Query("select distinct m.status from MatterEntity m")
    List<String> findStatuses();

    @Query("select distinct new app.lexdesk.core.matters.PersonName(p.id, concat(p.firstName, ' ', p.lastName)) "
            + "from MatterEntity m join m.assignee p")
    List<PersonName> findAssignees();
}
