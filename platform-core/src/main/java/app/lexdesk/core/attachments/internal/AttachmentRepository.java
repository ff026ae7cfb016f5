package app.lexdesk.core.attachments.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<AttachmentEntity, UUID> {

    List<AttachmentEntity> findByRecordIdOrderByUploadedAt(UUID recordId);

    List<AttachmentEntity> findByRecordIdIsNullAndUploadedAtBefore(java.time.Instant cutoff);
}
