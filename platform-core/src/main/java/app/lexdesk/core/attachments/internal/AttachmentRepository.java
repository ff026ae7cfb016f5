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

    /** How many uploads {@code person} holds that no record claimed yet, and their bytes. */
    @org.springframework.data.jpa.repository.Query("""
            select new app.lexdesk.core.attachments.internal.PendingTotals(count(a), coalesce(sum(a.size), 0))
            from AttachmentEntity a where a.uploadedBy = :person and a.recordId is null""")
    PendingTotals pendingOf(UUID person);

    /**
     * Deletes the upload {@code id} only while no record claimed it, in the caller's transaction.
     *
     * @return whether it did: false once claimed (or gone), so its object must stay
     */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(
            "delete from AttachmentEntity a where a.id = :id and a.recordId is null")
    int deleteIfUnclaimed(UUID id);

    /** Like {@link #deleteIfUnclaimed} for an upload of {@code person}'s own (a refused request's files). */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(
            "delete from AttachmentEntity a where a.id = :id and a.recordId is null and a.uploadedBy = :person")
    int deleteIfUnclaimedBy(UUID id, UUID person);
}
