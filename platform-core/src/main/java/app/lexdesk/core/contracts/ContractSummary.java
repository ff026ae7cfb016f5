package app.lexdesk.core.contracts;

import app.lexdesk.core.records.Origin;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of Contracts &amp; documents. */
public record ContractSummary(UUID id, String reference, String title, String contractType, String parties,
        String status, Origin origin, String requesterName, String companyName, String assigneeName,
        Instant createdAt, UUID requestId, BigDecimal value, String currency, LocalDate endDate) {

    public boolean fromPortal() {
        return origin == Origin.PORTAL;
    }
}
