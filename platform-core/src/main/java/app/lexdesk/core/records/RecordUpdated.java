package app.lexdesk.core.records;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Fields of a record changed (description, priority, due date, a contract's terms), published in the same
 * transaction with each changed field's value before and after, by field name. One change may publish two: the
 * description, which the requester sees, in one {@link #visibleToRequester visible} event, and what only the legal
 * team sees (priority, due date, contract terms) in another that is not.
 */
public record RecordUpdated(CurrentTenant tenant, RecordKind kind, UUID recordId, String reference, UUID actorId,
        Map<String, Object> before, Map<String, Object> after, boolean visibleToRequester, Instant at) {

    public RecordUpdated {
        // Unmodifiable copies that keep nulls: a cleared field's value after is null.
        before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }
}
