package app.lexdesk.core.intake.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "request")
public class RequestEntity extends TenantOwnedEntity {

    private String reference;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "type_id")
    private RequestTypeEntity type;
    private String kind;
    private String subject;
    private String description;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "field_values")
    private Map<String, String> fieldValues;
    private String language;
    @Column(name = "requester_id")
    private UUID requesterId;
    @Column(name = "company_id")
    private UUID companyId;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "classified_target")
    private String classifiedTarget;
    @Column(name = "classification_reason")
    private String classificationReason;
    @Formula("(select p.first_name || ' ' || p.last_name from person p where p.id = requester_id and p.tenant_id = tenant_id)")
    private String requesterName;
    @Formula("(select c.name from company c where c.id = company_id and c.tenant_id = tenant_id)")
    private String companyName;
    @Formula("(select coalesce((select m.reference from matter m where m.request_id = id and m.tenant_id = tenant_id), "
            + "(select k.reference from contract k where k.request_id = id and k.tenant_id = tenant_id)))")
    private String recordReference;

    protected RequestEntity() {
    }

    public RequestEntity(String reference, RequestTypeEntity type, String kind, String subject, String description,
            Map<String, String> fieldValues, String language, UUID requesterId, UUID companyId, Instant submittedAt,
            String idempotencyKey, String classifiedTarget, String classificationReason) {
        this.reference = reference;
        this.type = type;
        this.kind = kind;
        this.subject = subject;
        this.description = description;
        this.fieldValues = Map.copyOf(fieldValues);
        this.language = language;
        this.requesterId = requesterId;
        this.companyId = companyId;
        this.submittedAt = submittedAt;
        this.idempotencyKey = idempotencyKey;
        this.classifiedTarget = classifiedTarget;
        this.classificationReason = classificationReason;
    }

    public String getReference() {
        return reference;
    }

    public RequestTypeEntity getType() {
        return type;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public Map<String, String> getFieldValues() {
        return fieldValues;
    }

    public String getLanguage() {
        return language;
    }

    public UUID getRequesterId() {
        return requesterId;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getClassifiedTarget() {
        return classifiedTarget;
    }

    public String getClassificationReason() {
        return classificationReason;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getRecordReference() {
        return recordReference;
    }
}
