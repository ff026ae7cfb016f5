package app.lexdesk.core.intake;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.UUID;

/**
 * A portal user submitted a request, published in the submission's transaction. Its reference and the request
 * type the requester chose are visible to the requester.
 *
 * @param actorId the requester
 */
public record RequestSubmitted(CurrentTenant tenant, UUID requestId, String reference, String typeCode,
        UUID actorId, Instant at) {

    public boolean visibleToRequester() {
        return true;
    }
}
