package app.lexdesk.core.matters.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "matter")
public class MatterEntity extends TenantOwnedEntity {

    private String reference;
    private String title;
    private String description;
    @Column(name = "category_code")
    private String board;
    private String status;
    private String origin;
    @Column(name = "requester_id")
    private UUID requesterId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requester_id", insertable = false, updatable = false)
    private PersonView requester;
    @Column(name = "assignee_id")
    private UUID assigneeId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id", insertable = false, updatable = false)
    private PersonView assignee;
    @Column(name = "company_id")
    private UUID companyId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id", insertable = false, updatable = false)
    private CompanyView company;
    @Column(name = "request_id")
    private UUID requestId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected MatterEntity() {
    }

    public MatterEntity(String reference, String title, String description, String board, String origin,
            UUID requesterId, UUID companyId, UUID requestId, Instant createdAt) {
        this.reference = reference;
        this.title = title;
        this.description = description;
        this.board = board;
        this.status = "NEW";
        this.origin = origin;
        this.requesterId = requesterId;
        this.companyId = companyId;
        this.requestId = requestId;
        this.createdAt = createdAt;
    }

    public void moveTo(String board) {
        this.board = board;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getBoard() {
        return board;
    }

    public String getStatus() {
        return status;
    }

    public String getOrigin() {
        return origin;
    }

    public UUID getRequesterId() {
        return requesterId;
    }

    public PersonView getRequester() {
        return requester;
    }

    public PersonView getAssignee() {
        return assignee;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public CompanyView getCompany() {
        return company;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
