package app.lexdesk.core.activity.internal;

import app.lexdesk.core.activity.ActivityService;
import app.lexdesk.core.activity.ActivityService.RecordKind;
import app.lexdesk.core.records.AssigneeChanged;
import app.lexdesk.core.records.RecordUpdated;
import app.lexdesk.core.records.StatusChanged;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import java.util.HashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the legal team's work on a record (status moves, assignment, edits) into activity entries, after the
 * change committed, as {@link ActivityRecorder} does for the other events: the event's tenant is opened first, then
 * the entry is written in a transaction of that tenant.
 *
 * <p>What the requester sees — the status, who works on the record, its description — is in entries visible to the
 * portal holding only those keys; priority, due date and contract terms go in entries the portal never shows.
 */
@Component
class RecordWorkActivity {

    private final ActivityService activity;
    private final TransactionTemplate transactions;

    RecordWorkActivity(ActivityService activity, TransactionTemplate transactions) {
        this.activity = activity;
        this.transactions = transactions;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(StatusChanged event) {
        RecordKind kind = RecordKind.valueOf(event.kind().name());
        in(event.tenant(), () -> activity.record(kind, event.recordId(), event.actorId(),
                prefix(kind) + ".status-changed", one("status", event.before()), one("status", event.after()),
                event.visibleToRequester(), event.at()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AssigneeChanged event) {
        RecordKind kind = RecordKind.valueOf(event.kind().name());
        in(event.tenant(), () -> activity.record(kind, event.recordId(), event.actorId(),
                prefix(kind) + (event.afterId() == null ? ".unassigned" : ".assigned"),
                one("assignee", event.beforeName()), one("assignee", event.afterName()), event.visibleToRequester(),
                event.at()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RecordUpdated event) {
        RecordKind kind = RecordKind.valueOf(event.kind().name());
        in(event.tenant(), () -> activity.record(kind, event.recordId(), event.actorId(), prefix(kind) + ".updated",
                new HashMap<>(event.before()), new HashMap<>(event.after()), event.visibleToRequester(), event.at()));
    }

    private void in(CurrentTenant tenant, Runnable work) {
        try (TenantContext.Scope ignored = TenantContext.open(tenant)) {
            transactions.executeWithoutResult(s -> work.run());
        }
    }

    /** A one-key map that may hold null (nobody assigned before). */
    private static Map<String, Object> one(String key, Object value) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, value);
        return map;
    }

    private static String prefix(RecordKind kind) {
        return kind == RecordKind.MATTER ? "matter" : "contract";
    }
}
