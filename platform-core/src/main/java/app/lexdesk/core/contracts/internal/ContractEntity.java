package app.lexdesk.core.contracts.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "contract")
public class ContractEntity extends TenantOwnedEntity {

    private String reference;
    private String title;
    private String description;
    @Column(name = "contract_type")
    private String contractType;
    private String parties;
    private String status;
    private String origin;
    @Column(name = "requester_id")
    private UUID requesterId;
    @Column(name = "company_id")
    private UUID companyId;
    @Column(name = "request_id")
    private UUID requestId;
    @Column(name = "assignee_id")
    private UUID assigneeId;
    @Column(name = "created_at")
    private Instant createdAt;
    // Names for lists; the correlated subqueries run under the same RLS policies as the main query.
    @Formula("(select p.first_name || ' ' || p.last_name from person p where p.id = requester_id and p.tenant_id = tenant_id)")
    private String requesterName;
    @Formula("(select c.name from company c where c.id = company_id and c.tenant_id = tenant_id)")
    private String companyName;
    @Formula("(select p.first_name || ' ' || p.last_name from person p where p.id = assignee_id and p.tenant_id = tenant_id)")
    private String assigneeName;

    protected ContractEntity() {
    }

    public ContractEntity(String reference, String title, String description, String contractType, String parties,
            String origin, UUID requesterId, UUID companyId, UUID requestId, Instant createdAt) {
        this.reference = reference;
        this.title = title;
        this.description = description;
        this.contractType = contractType;
        this.parties = parties;
        this.status = "NEW";
        this.origin = origin;
        this.requesterId = requesterId;
        this.companyId = companyId;
        this.requestId = requestId;
        this.createdAt = createdAt;
    }

    public UUID getAssigneeId() {
        return assigneeId;
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getContractType() {
        return contractType;
    }

    public String getParties() {
        return parties;
    }

    public String getStatus() {
        return status;
    }

    public String getOrigin() {
        return origin;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getCompanyName() {
        return companyName;
    }
}
