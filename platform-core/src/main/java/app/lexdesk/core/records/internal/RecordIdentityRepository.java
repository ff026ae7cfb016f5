package app.lexdesk.core.records.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordIdentityRepository extends JpaRepository<RecordIdentityEntity, UUID> {
}
