package app.lexdesk.core.contracts.internal;

import app.lexdesk.core.matters.PersonName;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ContractRepository extends JpaRepository<ContractEntity, UUID>, JpaSpecificationExecutor<ContractEntity> {

    Optional<ContractEntity> findByReference(String reference);

    @Query("select distinct c.status from ContractEntity c")
    List<String> findStatuses();

    @Query("select distinct new app.lexdesk.core.matters.PersonName(c.assigneeId, c.assigneeName) "
            + "from ContractEntity c where c.assigneeId is not null")
    List<PersonName> findAssignees();
}
