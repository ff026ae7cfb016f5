package app.lexdesk.core.attachments.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "attachment")
public class AttachmentEntity extends TenantOwnedEntity {

    @Column(name = "record_kind")
    private String recordKind;
    @Column(name = "record_id")
    private UUID recordId;
    @Column(name = "storage_key")
    private String storageKey;
    private String filename;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;
    /** Null: the file follows its folder (see {@code RecordFileQueries}). */
    @Column(name = "visible_to_portal")
    private Boolean visibleToPortal;
    @Column(name = "folder_id")
    private UUID folderId;
    @Column(name = "from_requester")
    private boolean fromRequester;
    private int version = 1;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "deleted_by")
    private UUID deletedBy;
    @Column(name = "deletion_id")
    private UUID deletionId;
    @Column(name = "uploaded_by")
    private UUID uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected AttachmentEntity() {
    }

    public AttachmentEntity(UUID id, String storageKey, String filename, String contentType, long size, String sha256,
            UUID uploadedBy, Instant uploadedAt) {
        super(id);
        this.storageKey = storageKey;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Claims a pending upload for a record, into a folder (null: the top level), following it or stating a choice. */
    public void attachTo(String recordKind, UUID recordId, UUID folderId, Boolean visibleToPortal,
            boolean fromRequester) {
        this.recordKind = recordKind;
        this.recordId = recordId;
        this.folderId = folderId;
        this.visibleToPortal = visibleToPortal;
        this.fromRequester = fromRequester;
    }

    public void setVisibleToPortal(Boolean visibleToPortal) {
        this.visibleToPortal = visibleToPortal;
    }

    public void rename(String filename) {
        this.filename = filename;
    }

    public void moveTo(UUID folderId) {
        this.folderId = folderId;
    }

    public void delete(UUID deletionId, UUID by, Instant at) {
        this.deletionId = deletionId;
        this.deletedBy = by;
        this.deletedAt = at;
    }

    public void restore() {
        this.deletionId = null;
        this.deletedBy = null;
        this.deletedAt = null;
    }

    /** Makes another stored object the current version; the caller keeps the earlier one as a version row. */
    public void replaceContent(String storageKey, String contentType, long size, String sha256, UUID uploadedBy,
            Instant uploadedAt) {
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.version++;
    }

    public UUID getFolderId() {
        return folderId;
    }

    public boolean isFromRequester() {
        return fromRequester;
    }

    public int getVersion() {
        return version;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public UUID getDeletionId() {
        return deletionId;
    }

    public String getRecordKind() {
        return recordKind;
    }

    public UUID getRecordId() {
        return recordId;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Boolean getVisibleToPortal() {
        return visibleToPortal;
    }

    public UUID getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
