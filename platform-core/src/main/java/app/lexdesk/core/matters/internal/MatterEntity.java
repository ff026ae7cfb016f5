package app.lexdesk.core.matters.internal;

import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.persistence.RecordEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A matter: the record core plus the board it is on. */
@Entity
@Table(name = "matter")
public class MatterEntity extends RecordEntity {

    @Column(name = "category_code")
    private String board;

    protected MatterEntity() {
    }

    public MatterEntity(UUID id, String reference, String title, String description, String board, String status,
            Origin origin, UUID requesterId, UUID companyId, UUID requestId, Instant createdAt) {
        super(id, reference, title, description, status, origin, requesterId, companyId, requestId, createdAt);
        this.board = board;
    }

    public void moveTo(String board, Instant at) {
        this.board = board;
        changed(at);
    }

    public String getBoard() {
        return board;
    }
}
