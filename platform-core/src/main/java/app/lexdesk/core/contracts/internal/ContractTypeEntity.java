package app.lexdesk.core.contracts.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "contract_type")
public class ContractTypeEntity extends TenantOwnedEntity {

    private String code;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_fr")
    private String nameFr;
    private int position;

    protected ContractTypeEntity() {
    }

    public ContractTypeEntity(String code, String nameEn, String nameFr, int position) {
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
