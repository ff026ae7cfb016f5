package app.lexdesk.core.records.persistence;

import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.Priority;
import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Formula;

/**
 * The columns every record kind shares, mapped once: a matter or contract entity extends this and adds only its
 * own columns. Its id is the id of the record's row in {@code record} (see {@code RecordService.register}).
 *
 * <p>People's and companies' names are read by correlated subqueries rather than by mapping the people module's
 * tables as entities here: they run only for the rows of the page, under the same row-level security, and the
 * list query stays a query on one table.
 */
@MappedSuperclass
public abstract class RecordEntity extends TenantOwnedEntity {

    private String reference;
    private String title;
    private String description;
    private String status;
    @Enumerated(EnumType.STRING)
    private Origin origin;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "requester_id")
    private UUID requesterId;
    @Column(name = "company_id")
    private UUID companyId;
    @Column(name = "assignee_id")
    private UUID assigneeId;
    @Column(name = "request_id")
    private UUID requestId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private UUID updatedBy;
    @Version
    private long version;
    @Formula("(select p.first_name || ' ' || p.last_name from person p where p.id = requester_id "
            + "and p.tenant_id = tenant_id)")
    private String requesterName;
    @Formula("(select c.name from company c where c.id = company_id and c.tenant_id = tenant_id)")
    private String companyName;
    @Formula("(select p.first_name || ' ' || p.last_name from person p where p.id = assignee_id "
            + "and p.tenant_id = tenant_id)")
    private String assigneeName;
    @Formula("(select p.first_name || ' ' || p.last_name from person p where p.id = updated_by "
            + "and p.tenant_id = tenant_id)")
    private String updatedByName;

    protected RecordEntity() {
    }

    /** @param status the initial status of the kind's workflow */
    protected RecordEntity(UUID id, String reference, String title, String description, String status,
            Origin origin, UUID requesterId, UUID companyId, UUID requestId, Instant createdAt) {
        super(id);
        this.reference = reference;
        this.title = title;
        this.description = description;
        this.status = status;
        this.origin = origin;
        this.priority = Priority.NORMAL;
        this.requesterId = requesterId;
        this.companyId = companyId;
        this.requestId = requestId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Notes that the record changed at {@code at}; the version is bumped by the flush. */
    protected void changed(Instant at) {
        this.updatedAt = at;
    }

    /** Notes that {@code by} (null for platform work) changed the record at {@code at}. */
    public void changed(Instant at, UUID by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public void setAssigneeId(UUID assigneeId) {
        this.assigneeId = assigneeId;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
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

    public String getStatus() {
        return status;
    }

    public Origin getOrigin() {
        return origin;
    }

    public Priority getPriority() {
        return priority;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public UUID getRequesterId() {
        return requesterId;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public UUID getAssigneeId() {
        return assigneeId;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public UUID getUpdatedBy() {
        return updatedBy;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public long getVersion() {
        return version;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getAssigneeName() {
        return assigneeName;
    }
}
