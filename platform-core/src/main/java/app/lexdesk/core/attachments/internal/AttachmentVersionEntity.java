package app.lexdesk.core.attachments.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An earlier version of a file, kept when a new one is uploaded; never changed afterwards. */
@Entity
@Table(name = "attachment_version")
public class AttachmentVersionEntity extends TenantOwnedEntity {

    @Column(name = "attachment_id")
    private UUID attachmentId;
    private int version;
    @Column(name = "storage_key")
    private String storageKey;
    private String filename;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;
    @Column(name = "uploaded_by")
    private UUID uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected AttachmentVersionEntity() {
    }

    /** The file's current content, as it becomes an earlier version. */
    public AttachmentVersionEntity(AttachmentEntity current) {
        this.attachmentId = current.getId();
        this.version = current.getVersion();
        this.storageKey = current.getStorageKey();
        this.filename = current.getFilename();
        this.contentType = current.getContentType();
        this.size = current.getSize();
        this.sha256 = current.getSha256();
        this.uploadedBy = current.getUploadedBy();
        this.uploadedAt = current.getUploadedAt();
    }

    public UUID getAttachmentId() {
        return attachmentId;
    }

    public int getVersion() {
        return version;
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

    public UUID getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
