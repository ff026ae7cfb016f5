package app.lexdesk.core.activity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityRepository extends JpaRepository<ActivityEntity, UUID> {

    List<ActivityEntity> findByRecordIdOrderByAt(UUID recordId);

    List<ActivityEntity> findByRecordIdOrderByAtDesc(UUID recordId);
}
