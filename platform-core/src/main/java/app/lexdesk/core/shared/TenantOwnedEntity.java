package app.lexdesk.core.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A row of a tenant-owned table: a UUID assigned on creation, and {@code tenant_id} filled and filtered by
 * Hibernate's tenant discriminator (row-level security checks it again in the database).
 */
@MappedSuperclass
public abstract class TenantOwnedEntity extends AssignedIdEntity {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    protected TenantOwnedEntity() {
        this(UUID.randomUUID());
    }

    protected TenantOwnedEntity(UUID id) {
        this.id = id;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }
}
