package app.lexdesk.core.activity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of a record's activity as the legal team reads it: who (name), what ({@code action}, e.g.
 * {@code note.added}), when, the facts before and after, the kinds of change it is, and whether the requester's
 * timeline shows it.
 */
public record ActivityEntry(UUID id, String action, List<ActivityKind> kinds, UUID actorId, String actorName,
        Instant at, Map<String, Object> before, Map<String, Object> after, boolean visibleToRequester) {

    public ActivityEntry {
        kinds = List.copyOf(kinds);
        before = before == null ? Map.of() : before;
        after = after == null ? Map.of() : after;
    }
}
