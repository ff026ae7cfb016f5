package app.lexdesk.core.contracts.internal;

import app.lexdesk.core.contracts.ContractTerms;
import app.lexdesk.core.contracts.Party;
import app.lexdesk.core.contracts.PartyRole;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.persistence.RecordEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A contract: the record core plus its terms (type, parties with roles, value, dates). */
@Entity
@Table(name = "contract")
public class ContractEntity extends RecordEntity {

    @Column(name = "contract_type")
    private String contractType;
    private String parties;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "party_roles")
    private List<Party> partyRoles = new ArrayList<>();
    @Column(name = "value_amount")
    private BigDecimal value;
    private String currency;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "renewal_date")
    private LocalDate renewalDate;
    @Column(name = "notice_date")
    private LocalDate noticeDate;

    protected ContractEntity() {
    }

    public ContractEntity(UUID id, String reference, String title, String description, String contractType,
            String parties, String status, Origin origin, UUID requesterId, UUID companyId, UUID requestId,
            Instant createdAt) {
        super(id, reference, title, description, status, origin, requesterId, companyId, requestId, createdAt);
        this.contractType = contractType;
        this.parties = parties;
        if (!parties.isBlank()) {
            this.partyRoles = new ArrayList<>(List.of(new Party(parties.length() > Party.NAME_MAX
                    ? parties.substring(0, Party.NAME_MAX) : parties, PartyRole.COUNTERPARTY)));
        }
    }

    public ContractTerms terms() {
        return new ContractTerms(contractType, List.copyOf(partyRoles), value, currency, startDate, endDate,
                renewalDate, noticeDate);
    }

    /** Sets the terms; the parties' names are also kept as one text, which the lists search. */
    public void setTerms(ContractTerms terms) {
        this.contractType = terms.contractType();
        this.partyRoles = new ArrayList<>(terms.parties());
        this.parties = terms.parties().stream().map(Party::name).collect(Collectors.joining(", "));
        this.value = terms.value();
        this.currency = terms.currency();
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
        this.renewalDate = terms.renewalDate();
        this.noticeDate = terms.noticeDate();
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getContractType() {
        return contractType;
    }

    public String getParties() {
        return parties;
    }
}
