package app.lexdesk.core.attachments.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentVersionRepository extends JpaRepository<AttachmentVersionEntity, UUID> {

    List<AttachmentVersionEntity> findByAttachmentIdOrderByVersionDesc(UUID attachmentId);

    Optional<AttachmentVersionEntity> findByAttachmentIdAndVersion(UUID attachmentId, int version);
}
