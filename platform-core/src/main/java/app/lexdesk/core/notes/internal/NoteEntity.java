package app.lexdesk.core.notes.internal;

import app.lexdesk.core.notes.NoteVisibility;
import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "note")
public class NoteEntity extends TenantOwnedEntity {

    @Column(name = "record_id")
    private UUID recordId;
    private String body;
    @Enumerated(EnumType.STRING)
    private NoteVisibility visibility;
    @Column(name = "author_id")
    private UUID authorId;
    @Column(name = "from_requester")
    private boolean fromRequester;
    @Column(name = "created_at")
    private Instant createdAt;
    @Formula("(select p.first_name || ' ' || p.last_name from person p where p.id = author_id "
            + "and p.tenant_id = tenant_id)")
    private String authorName;

    protected NoteEntity() {
    }

    public NoteEntity(UUID recordId, String body, NoteVisibility visibility, UUID authorId, Instant createdAt) {
        this.recordId = recordId;
        this.body = body;
        this.visibility = visibility;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    public UUID getRecordId() {
        return recordId;
    }

    public String getBody() {
        return body;
    }

    public NoteVisibility getVisibility() {
        return visibility;
    }

    /** A reply the requester wrote from the portal: always shared. */
    public static NoteEntity fromRequester(UUID recordId, String body, UUID authorId, Instant createdAt) {
        NoteEntity note = new NoteEntity(recordId, body, NoteVisibility.SHARED, authorId, createdAt);
        note.fromRequester = true;
        return note;
    }

    public boolean isFromRequester() {
        return fromRequester;
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
