package app.lexdesk.core.matters.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "matter_category")
public class BoardEntity extends TenantOwnedEntity {

    private String code;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_fr")
    private String nameFr;
    private int position;

    protected BoardEntity() {
    }

    public BoardEntity(String code, String nameEn, String nameFr, int position) {
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

}
