package app.lexdesk.core.records.internal;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A record's identity row (table {@code record}): what notes, files and activity reference. */
@Entity
@Table(name = "record")
public class RecordIdentityEntity extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    private RecordKind kind;

    protected RecordIdentityEntity() {
    }

    public RecordIdentityEntity(RecordKind kind) {
        this.kind = kind;
    }

    public RecordKind getKind() {
        return kind;
    }
}
