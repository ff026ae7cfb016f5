package app.lexdesk.core.contracts;

import app.lexdesk.core.records.Origin;
import java.time.Instant;
import java.util.UUID;

/** A row of Contracts &amp; documents. */
public record ContractSummary(UUID id, String reference, String title, String contractType, String parties,
        String status, Origin origin, String requesterName, String companyName, String assigneeName,
        Instant createdAt, UUID requestId) {

    public boolean fromPortal() {
        return origin == Origin.PORTAL;
    }
}
