package app.lexdesk.core.matters.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** Read-only view of a company, for names on matters. */
@Entity(name = "MatterCompany")
@Table(name = "company")
@Immutable
public class CompanyView {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id", updatable = false)
    private UUID tenantId;
    private String name;

    protected CompanyView() {
    }

    public String getName() {
        return name;
    }
}
