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
    @Column(name = "visible_to_portal")
    private boolean visibleToPortal;
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

    public void attachTo(String recordKind, UUID recordId, boolean visibleToPortal) {
        this.recordKind = recordKind;
        this.recordId = recordId;
        this.visibleToPortal = visibleToPortal;
    }

    public void setVisibleToPortal(boolean visibleToPortal) {
        this.visibleToPortal = visibleToPortal;
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

    public boolean isVisibleToPortal() {
        return visibleToPortal;
    }

    public UUID getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
