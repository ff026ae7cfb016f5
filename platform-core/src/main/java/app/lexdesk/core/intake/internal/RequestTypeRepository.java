package app.lexdesk.core.intake.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestTypeRepository extends JpaRepository<RequestTypeEntity, UUID> {

    Optional<RequestTypeEntity> findByCode(String code);

    List<RequestTypeEntity> findAllByOrderByPositionAscCodeAsc();
}
