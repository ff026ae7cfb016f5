package app.lexdesk.core.participants.internal;

import app.lexdesk.core.participants.ParticipantRole;
import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "record_participant")
public class ParticipantEntity extends TenantOwnedEntity {

    @Column(name = "record_id")
    private UUID recordId;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "company_id")
    private UUID companyId;
    @Enumerated(EnumType.STRING)
    private ParticipantRole role;
    @Column(name = "added_by")
    private UUID addedBy;
    @Column(name = "added_at")
    private Instant addedAt;

    protected ParticipantEntity() {
    }

    public ParticipantEntity(UUID recordId, UUID personId, UUID companyId, ParticipantRole role, UUID addedBy,
            Instant addedAt) {
        this.recordId = recordId;
        this.personId = personId;
        this.companyId = companyId;
        this.role = role;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public UUID getRecordId() {
        return recordId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
