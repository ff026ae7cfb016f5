package app.lexdesk.core.activity;

import app.lexdesk.core.activity.internal.ActivityEntity;
import app.lexdesk.core.activity.internal.ActivityRepository;
import app.lexdesk.core.tenancy.Administration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the activity of the current tenant's records. Features do not call it: they publish events, which this
 * module's listener records after their transaction commits.
 *
 * <p>An entry visible to the portal is shown to the requester as it is stored, so it may only carry facts the
 * requester may see anyway: the keys of {@link #PORTAL_SAFE_KEYS}. Staff-only facts (a board, a contract type, a
 * classification and its reason) go in an entry of their own that the portal never shows.
 */
@Service
public class ActivityService {

    /** What kind of record an entry is about. */
    public enum RecordKind { REQUEST, MATTER, CONTRACT }

    /**
     * The only keys a portal-visible entry's before and after may hold: the record's reference, the request type
     * the requester chose, a file shown to them and its visibility, the record's status, assignee and description.
     * Adding one is deciding that the portal shows it.
     */
    public static final Set<String> PORTAL_SAFE_KEYS = Set.of("reference", "type", "file", "visibleToPortal",
            // The workflow status (its code; the portal shows the status' portal label), the assignee's name and
            // the description: the founding document shows the requester all three (issue 8, story step 7).
            "status", "assignee", "description");

    private final ActivityRepository entries;

    ActivityService(ActivityRepository entries) {
        this.entries = entries;
    }

    /**
     * Records one entry in the caller's transaction.
     *
     * @param actorId who made the change, null for platform work
     * @throws IllegalArgumentException when an entry visible to the portal carries a key outside {@link
     *     #PORTAL_SAFE_KEYS}; nothing is stored then
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(RecordKind kind, UUID recordId, UUID actorId, String action, Map<String, Object> before,
            Map<String, Object> after, boolean visibleToPortal, Instant at) {
        if (visibleToPortal) {
            Set<String> staffOnly = new TreeSet<>();
            staffOnly.addAll(before == null ? Set.of() : before.keySet());
            staffOnly.addAll(after == null ? Set.of() : after.keySet());
            staffOnly.removeAll(PORTAL_SAFE_KEYS);
            if (!staffOnly.isEmpty()) {
                throw new IllegalArgumentException("Activity " + action + " is visible to the portal but carries "
                        + "staff-only " + staffOnly + "; record those in an entry the portal does not show");
            }
        }
        entries.save(new ActivityEntity(kind.name(), recordId, actorId, action, before, after, visibleToPortal, at));
    }

    /**
     * A record's activity, newest first, for the legal team: every entry, or those of the given kinds of change
     * (an empty set for all). Another tenant's record has no activity here.
     */
    @Transactional(readOnly = true)
    public List<ActivityEntry> ofRecord(UUID recordId, Set<ActivityKind> kinds) {
        Administration.requireStaff();
        return entries.findByRecordIdOrderByAtDesc(recordId).stream().map(ActivityService::entry)
                .filter(e -> kinds == null || kinds.isEmpty() || e.kinds().stream().anyMatch(kinds::contains))
                .toList();
    }

    /**
     * The requester's timeline of a record and of the request it came from, oldest first: only entries recorded as
     * visible to the portal, with only their portal-safe facts. The caller checked that the current member may read
     * the record as its requester ({@code RecordDirectory.requesterAccess}); this method cannot know who asks.
     */
    @Transactional(readOnly = true)
    public List<PortalActivity> visibleToRequester(UUID recordId, UUID requestId) {
        java.util.stream.Stream<ActivityEntity> request = requestId == null ? java.util.stream.Stream.empty()
                : entries.findByRecordIdOrderByAt(requestId).stream();
        return java.util.stream.Stream.concat(request, entries.findByRecordIdOrderByAt(recordId).stream())
                .filter(ActivityEntity::isVisibleToPortal)
                .sorted(java.util.Comparator.comparing(ActivityEntity::getAt))
                .map(e -> new PortalActivity(e.getAction(), e.getAt(), safe(e.getAfter())))
                .toList();
    }

    private static Map<String, Object> safe(Map<String, Object> facts) {
        Map<String, Object> shown = new java.util.LinkedHashMap<>();
        if (facts != null) {
            facts.forEach((k, v) -> {
                if (PORTAL_SAFE_KEYS.contains(k) && v != null) {
                    shown.put(k, v);
                }
            });
        }
        return shown;
    }

    private static ActivityEntry entry(ActivityEntity e) {
        Set<ActivityKind> kinds = EnumSet.noneOf(ActivityKind.class);
        for (ActivityKind kind : ActivityKind.values()) {
            if (kind.matches(e.getAction(), e.getBefore(), e.getAfter())) {
                kinds.add(kind);
            }
        }
        return new ActivityEntry(e.getId(), e.getAction(), List.copyOf(kinds), e.getActorId(), e.getActorName(),
                e.getAt(), e.getBefore(), e.getAfter(), e.isVisibleToPortal());
    }

}
