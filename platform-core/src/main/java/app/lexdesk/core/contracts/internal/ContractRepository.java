package app.lexdesk.core.contracts.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ContractRepository extends JpaRepository<ContractEntity, UUID>, JpaSpecificationExecutor<ContractEntity> {

    Optional<ContractEntity> findByReference(String reference);
}
