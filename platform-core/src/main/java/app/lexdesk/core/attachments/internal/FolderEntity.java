package app.lexdesk.core.attachments.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A folder of a record's files; {@code visibleToPortal} null means it follows its parent folder. */
@Entity
@Table(name = "record_folder")
public class FolderEntity extends TenantOwnedEntity {

    /** The folder that receives what the requester sends from the portal. */
    public static final String FROM_REQUESTER = "FROM_REQUESTER";

    @Column(name = "record_id")
    private UUID recordId;
    @Column(name = "parent_id")
    private UUID parentId;
    private String name;
    @Column(name = "visible_to_portal")
    private Boolean visibleToPortal;
    private String purpose;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "deleted_by")
    private UUID deletedBy;
    @Column(name = "deletion_id")
    private UUID deletionId;

    protected FolderEntity() {
    }

    public FolderEntity(UUID recordId, UUID parentId, String name, Boolean visibleToPortal, String purpose,
            UUID createdBy, Instant createdAt) {
        this.recordId = recordId;
        this.parentId = parentId;
        this.name = name;
        this.visibleToPortal = visibleToPortal;
        this.purpose = purpose;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void moveTo(UUID parentId) {
        this.parentId = parentId;
    }

    public void setVisibleToPortal(Boolean visibleToPortal) {
        this.visibleToPortal = visibleToPortal;
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

    public UUID getRecordId() {
        return recordId;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public Boolean getVisibleToPortal() {
        return visibleToPortal;
    }

    public String getPurpose() {
        return purpose;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public UUID getDeletionId() {
        return deletionId;
    }
}
