package app.lexdesk.core.attachments.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FolderRepository extends JpaRepository<FolderEntity, UUID> {

    List<FolderEntity> findByRecordId(UUID recordId);

    List<FolderEntity> findByRecordIdAndDeletedAtIsNull(UUID recordId);

    List<FolderEntity> findByDeletionId(UUID deletionId);

    Optional<FolderEntity> findByRecordIdAndPurpose(UUID recordId, String purpose);

    List<FolderEntity> findByDeletedAtBefore(Instant cutoff);
}
