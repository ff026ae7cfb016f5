package app.lexdesk.core.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A tenant's entry of a small list (a board, a contract type): a stable code, EN/FR names and a position. */
@MappedSuperclass
public abstract class NamedCodeEntity extends TenantOwnedEntity {

    private String code;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_fr")
    private String nameFr;
    private int position;

    protected NamedCodeEntity() {
    }

    protected NamedCodeEntity(String code, String nameEn, String nameFr, int position) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.position = position;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public int getPosition() {
        return position;
    }
}
