package app.lexdesk.core.developments.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KeyDevelopmentRepository extends JpaRepository<KeyDevelopmentEntity, UUID> {

    List<KeyDevelopmentEntity> findByRecordIdOrderByDateDescCreatedAtDesc(UUID recordId);

    List<KeyDevelopmentEntity> findByRecordIdAndVisibleToPortalTrueOrderByDateDescCreatedAtDesc(UUID recordId);
}
