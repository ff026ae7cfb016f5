package app.lexdesk.core.onboarding.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An invitation of a person to the tenant as a portal user of a company. Tenant-owned (RLS). */
@Entity
@Table(name = "invitation")
public class InvitationEntity extends TenantOwnedEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Column(name = "company_id", nullable = false, updatable = false)
    private UUID companyId;
    @Column(nullable = false, updatable = false)
    private String email;
    @Column(nullable = false, updatable = false)
    private String role;
    @Column(name = "invited_by", updatable = false)
    private UUID invitedBy;
    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "keycloak_invitation_id")
    private String keycloakInvitationId;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    private UUID withdrawnBy;

    protected InvitationEntity() {
    }

    public InvitationEntity(UUID personId, UUID companyId, String email, String role, UUID invitedBy, Instant at) {
        this.personId = personId;
        this.companyId = companyId;
        this.email = email;
        this.role = role;
        this.invitedBy = invitedBy;
        this.invitedAt = at;
        this.sentAt = at;
    }

    /** Keycloak sent a link ({@code keycloakId}, expiring then), or had nothing to send (both null). */
    public void sent(String keycloakId, Instant at, Instant expires) {
        this.keycloakInvitationId = keycloakId;
        this.sentAt = at;
        this.expiresAt = expires;
    }

    public void withdrawn(UUID by, Instant at) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    public UUID getPersonId() {
        return personId;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public String getEmail() {
        return email;
    }

    public String getRole() {
        return role;
    }

    /** Who sent it: the acting member's person, or null for platform work. */
    public UUID getInvitedBy() {
        return invitedBy;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getKeycloakInvitationId() {
        return keycloakInvitationId;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
