package app.lexdesk.core.attachments.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AttachmentRepository extends JpaRepository<AttachmentEntity, UUID> {

    List<AttachmentEntity> findByRecordIdIsNullAndUploadedAtBefore(Instant cutoff);

    List<AttachmentEntity> findByFolderIdInAndDeletedAtIsNull(Collection<UUID> folderIds);

    List<AttachmentEntity> findByDeletionId(UUID deletionId);

    List<AttachmentEntity> findByRecordIdAndDeletedAtIsNotNull(UUID recordId);

    List<AttachmentEntity> findByDeletedAtBefore(Instant cutoff);

    /** How many uploads {@code person} holds that no record claimed yet, and their bytes. */
    @Query("""
            select new app.lexdesk.core.attachments.internal.PendingTotals(count(a), coalesce(sum(a.size), 0))
            from AttachmentEntity a where a.uploadedBy = :person and a.recordId is null""")
    PendingTotals pendingOf(UUID person);

    /**
     * Deletes the upload {@code id} only while no record claimed it, in the caller's transaction.
     *
     * @return whether it did: false once claimed (or gone), so its object must stay
     */
    @Modifying
    @Query("delete from AttachmentEntity a where a.id = :id and a.recordId is null")
    int deleteIfUnclaimed(UUID id);

    /** Like {@link #deleteIfUnclaimed} for an upload of {@code person}'s own (a refused request's files). */
    @Modifying
    @Query("delete from AttachmentEntity a where a.id = :id and a.recordId is null and a.uploadedBy = :person")
    int deleteIfUnclaimedBy(UUID id, UUID person);
}
