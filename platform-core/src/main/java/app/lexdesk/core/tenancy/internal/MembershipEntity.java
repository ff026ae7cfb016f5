package app.lexdesk.core.tenancy.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's access to a tenant: login subject and roles. Tenant-owned (RLS). */
@Entity
@Table(name = "membership")
public class MembershipEntity extends TenantOwnedEntity {

    @Column(name = "person_id", nullable = false)
    private UUID personId;
    private String subject;
    private String email;
    @Column(name = "display_name")
    private String displayName;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "roles", columnDefinition = "text[]")
    private String[] roles;
    private boolean active;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected MembershipEntity() {
    }

    public MembershipEntity(UUID personId, String email, String displayName, String[] roles) {
        this.personId = personId;
        this.email = email;
        this.displayName = displayName;
        this.roles = roles.clone();
        this.active = true;
    }

    public UUID getPersonId() {
        return personId;
    }

    public String getSubject() {
        return subject;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String[] getRoles() {
        return roles.clone();
    }

    public boolean isActive() {
        return active;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void setRoles(String[] roles) {
        this.roles = roles.clone();
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /**
     * Records a login: binds the identity provider's subject on first login, refreshes the name, and notes
     * the time at most hourly, so that authenticating a request does not write on every call.
     */
    public void loggedIn(String subject, String displayName, Instant at) {
        if (!subject.equals(this.subject)) {
            this.subject = subject;
        }
        if (displayName != null && !displayName.isBlank() && !displayName.equals(this.displayName)) {
            this.displayName = displayName;
        }
        if (lastLoginAt == null || lastLoginAt.isBefore(at.minusSeconds(3600))) {
            this.lastLoginAt = at;
        }
    }
}
