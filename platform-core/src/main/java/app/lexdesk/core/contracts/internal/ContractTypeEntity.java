package app.lexdesk.core.contracts.internal;

import app.lexdesk.core.shared.NamedCodeEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A contract type of the tenant. */
@Entity
@Table(name = "contract_type")
public class ContractTypeEntity extends NamedCodeEntity {

    protected ContractTypeEntity() {
    }

    public ContractTypeEntity(String code, String nameEn, String nameFr, int position) {
        super(code, nameEn, nameFr, position);
    }
}
