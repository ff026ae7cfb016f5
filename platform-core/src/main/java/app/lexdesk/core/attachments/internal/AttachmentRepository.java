package app.lexdesk.core.attachments.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<AttachmentEntity, UUID> {

    List<AttachmentEntity> findByRecordIdOrderByUploadedAt(UUID recordId);

    List<AttachmentEntity> findByRecordIdIsNullAndUploadedAtBefore(java.time.Instant cutoff);

    /** A requester's view: files marked visible, of a request that is theirs. */
    @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = """
            select a.* from attachment a
            join request r on r.tenant_id = a.tenant_id and r.id = a.record_id
            where a.tenant_id = :tenant and a.record_id = :recordId and a.visible_to_portal
              and r.requester_id = :requester
            order by a.uploaded_at""")
    List<AttachmentEntity> findVisibleToRequester(UUID tenant, UUID recordId, UUID requester);

    /** One file as a requester may open it: marked visible, on a request that is theirs. */
    @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = """
            select a.* from attachment a
            join request r on r.tenant_id = a.tenant_id and r.id = a.record_id
            where a.tenant_id = :tenant and a.id = :id and a.visible_to_portal and r.requester_id = :requester""")
    java.util.Optional<AttachmentEntity> findOneVisibleToRequester(UUID tenant, UUID id, UUID requester);
}
