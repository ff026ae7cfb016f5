package app.lexdesk.core.contracts.internal;

import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.persistence.RecordEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A contract: the record core plus its type and parties. */
@Entity
@Table(name = "contract")
public class ContractEntity extends RecordEntity {

    @Column(name = "contract_type")
    private String contractType;
    private String parties;

    protected ContractEntity() {
    }

    public ContractEntity(UUID id, String reference, String title, String description, String contractType,
            String parties, Origin origin, UUID requesterId, UUID companyId, UUID requestId, Instant createdAt) {
        super(id, reference, title, description, origin, requesterId, companyId, requestId, createdAt);
        this.contractType = contractType;
        this.parties = parties;
    }

    public String getContractType() {
        return contractType;
    }

    public String getParties() {
        return parties;
    }
}
