package app.lexdesk.core.intake;

import app.lexdesk.core.records.RecordOpened;
import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.UUID;

/**
 * A portal user submitted a request, published in the submission's transaction. Its reference and the request
 * type the requester chose are visible to the requester.
 *
 * <p>It says the whole submission: {@code opened} is the matter or contract the request became, equal to the
 * {@link RecordOpened} its kind's service published in the same transaction. A listener that wants both the request
 * and its record handles this one event and leaves openings with a {@link RecordOpened#requestId request} to it:
 * one publication per submission instead of two.
 *
 * @param actorId the requester
 */
public record RequestSubmitted(CurrentTenant tenant, UUID requestId, String reference, String typeCode,
        UUID actorId, Instant at, RecordOpened opened) {

    public boolean visibleToRequester() {
        return true;
    }
}
