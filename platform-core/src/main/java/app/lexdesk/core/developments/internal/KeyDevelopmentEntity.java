package app.lexdesk.core.developments.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "key_development")
public class KeyDevelopmentEntity extends TenantOwnedEntity {

    @Column(name = "record_id")
    private UUID recordId;
    @Column(name = "occurred_on")
    private LocalDate date;
    private String title;
    private String body;
    @Column(name = "visible_to_portal")
    private boolean visibleToPortal;
    @Column(name = "author_id")
    private UUID authorId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Formula("(select p.first_name || ' ' || p.last_name from person p where p.id = author_id "
            + "and p.tenant_id = tenant_id)")
    private String authorName;

    protected KeyDevelopmentEntity() {
    }

    public KeyDevelopmentEntity(UUID recordId, LocalDate date, String title, String body, boolean visibleToPortal,
            UUID authorId, Instant createdAt) {
        this.recordId = recordId;
        this.date = date;
        this.title = title;
        this.body = body;
        this.visibleToPortal = visibleToPortal;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    public UUID getRecordId() {
        return recordId;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public boolean isVisibleToPortal() {
        return visibleToPortal;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAuthorName() {
        return authorName;
    }
}
