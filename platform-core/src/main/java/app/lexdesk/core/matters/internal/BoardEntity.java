package app.lexdesk.core.matters.internal;

import app.lexdesk.core.shared.NamedCodeEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A Matters board of the tenant (table {@code matter_category}). */
@Entity
@Table(name = "matter_category")
public class BoardEntity extends NamedCodeEntity {

    protected BoardEntity() {
    }

    public BoardEntity(String code, String nameEn, String nameFr, int position) {
        super(code, nameEn, nameFr, position);
    }
}
