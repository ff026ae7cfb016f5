package app.lexdesk.core.contracts.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractTypeRepository extends JpaRepository<ContractTypeEntity, UUID> {
}
