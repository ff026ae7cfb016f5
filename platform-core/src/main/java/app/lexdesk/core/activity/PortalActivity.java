package app.lexdesk.core.activity;

import java.time.Instant;
import java.util.Map;

/**
 * An entry of a requester's timeline: what happened and when, with only the facts the portal may show
 * ({@link ActivityService#PORTAL_SAFE_KEYS}); who on the legal team did it is not said.
 */
public record PortalActivity(String action, Instant at, Map<String, Object> facts) {

    public PortalActivity {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
