package app.lexdesk.core.matters;

import app.lexdesk.core.records.Origin;
import java.time.Instant;
import java.util.UUID;

/** A row of a Matters board. */
public record MatterSummary(UUID id, String reference, String title, String board, String status, Origin origin,
        String requesterName, String companyName, String assigneeName, Instant createdAt) {

    public boolean fromPortal() {
        return origin == Origin.PORTAL;
    }
}
