package app.lexdesk.core.workflows.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A move a tenant's workflow allows between two of its statuses. */
@Entity
@Table(name = "workflow_transition")
public class WorkflowTransitionEntity extends TenantOwnedEntity {

    @Column(name = "from_status_id")
    private UUID fromStatusId;
    @Column(name = "to_status_id")
    private UUID toStatusId;

    protected WorkflowTransitionEntity() {
    }

    public WorkflowTransitionEntity(UUID fromStatusId, UUID toStatusId) {
        this.fromStatusId = fromStatusId;
        this.toStatusId = toStatusId;
    }

    public UUID getFromStatusId() {
        return fromStatusId;
    }

    public UUID getToStatusId() {
        return toStatusId;
    }
}
