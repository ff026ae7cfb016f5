package app.lexdesk.core.attachments.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<AttachmentEntity, UUID> {

    List<AttachmentEntity> findByRecordIdIsNullAndUploadedAtBefore(Instant cutoff);

    List<AttachmentEntity> findByFolderIdInAndDeletedAtIsNull(Collection<UUID> folderIds);

    List<AttachmentEntity> findByDeletionId(UUID deletionId);

    List<AttachmentEntity> findByRecordIdAndDeletedAtIsNotNull(UUID recordId);

    List<AttachmentEntity> findByDeletedAtBefore(Instant cutoff);
}
