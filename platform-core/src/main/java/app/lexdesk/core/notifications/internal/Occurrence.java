package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One thing that happened, as notifications see it: which event, on which record, by whom, when, with the few facts
 * its message names ({@code facts}: e.g. the status codes, a development's title, a note's id, the files shared).
 *
 * @param key names the occurrence for good: planning it again (a listener retried) finds its deliveries stored
 */
record Occurrence(CurrentTenant tenant, NotificationEvent event, String key, UUID recordId, UUID actorId, Instant at,
        Map<String, String> facts, List<String> items) {

    Occurrence {
        facts = Map.copyOf(facts);
        items = List.copyOf(items);
    }

    String fact(String name) {
        return facts.get(name);
    }
}
