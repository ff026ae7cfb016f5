package app.lexdesk.core.onboarding.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** An email domain whose verified addresses join a company as portal users. Tenant-owned (RLS). */
@Entity
@Table(name = "company_signup_domain")
public class SignupDomainEntity extends TenantOwnedEntity {

    @Column(name = "company_id", nullable = false, updatable = false)
    private UUID companyId;
    @Column(nullable = false, updatable = false)
    private String domain;

    protected SignupDomainEntity() {
    }

    public SignupDomainEntity(UUID companyId, String domain) {
        this.companyId = companyId;
        this.domain = domain;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public String getDomain() {
        return domain;
    }
}
