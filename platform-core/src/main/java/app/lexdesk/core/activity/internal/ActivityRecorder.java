package app.lexdesk.core.activity.internal;

import app.lexdesk.core.activity.ActivityService;
import app.lexdesk.core.activity.ActivityService.RecordKind;
import app.lexdesk.core.attachments.FileDownloaded;
import app.lexdesk.core.attachments.FileVisibilityChanged;
import app.lexdesk.core.attachments.RecordFileChanged;
import app.lexdesk.core.attachments.RequesterUploaded;
import app.lexdesk.core.notes.RequesterReplied;
import app.lexdesk.core.intake.RequestSubmitted;
import app.lexdesk.core.records.RecordMoved;
import app.lexdesk.core.records.RecordOpened;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import java.util.HashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the features' events into activity entries, after their transaction committed, on another thread.
 *
 * <p>The listeners start no transaction of their own before the tenant is known ({@code NOT_SUPPORTED}): row-level
 * security takes the tenant when a transaction begins, so each opens the event's tenant first and then writes in
 * a transaction of that tenant. A listener that throws leaves its event incomplete in the publication registry,
 * from where it is published again; nothing is lost.
 */
@Component
class ActivityRecorder {

    private final ActivityService activity;
    private final TransactionTemplate transactions;

    ActivityRecorder(ActivityService activity, TransactionTemplate transactions) {
        this.activity = activity;
        this.transactions = transactions;
    }

    /** A submission and the record it opened: one event, one transaction, one publication to complete. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RequestSubmitted event) {
        in(event.tenant(), () -> {
            activity.record(RecordKind.REQUEST, event.requestId(), event.actorId(), "request.submitted", null,
                    Map.of("reference", event.reference(), "type", event.typeCode()), event.visibleToRequester(),
                    event.at());
            opened(event.opened());
        });
    }

    /** Records opened from a request are recorded with their {@link RequestSubmitted} (no publication here). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED, condition = "#event.requestId() == null")
    void on(RecordOpened event) {
        in(event.tenant(), () -> opened(event));
    }

    private void opened(RecordOpened event) {
        RecordKind kind = RecordKind.valueOf(event.kind().name());
        String prefix = prefix(kind);
        activity.record(kind, event.recordId(), event.actorId(), prefix + ".opened", null,
                Map.of("reference", event.reference()), event.visibleToRequester(), event.at());
        // Where the record landed and why is the legal team's business: an entry the portal does not show.
        Map<String, Object> classified = new HashMap<>();
        classified.put(targetKey(kind), event.target());
        classified.put("reason", event.classificationReason());
        activity.record(kind, event.recordId(), event.actorId(), prefix + ".classified", null, classified,
                false, event.at());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RecordMoved event) {
        RecordKind kind = RecordKind.valueOf(event.kind().name());
        Map<String, Object> before = new HashMap<>();
        before.put(targetKey(kind), event.before());
        Map<String, Object> after = new HashMap<>();
        after.put(targetKey(kind), event.after());
        in(event.tenant(), () -> activity.record(kind, event.recordId(), event.actorId(), prefix(kind) + ".moved",
                before, after, event.visibleToRequester(), event.at()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(FileVisibilityChanged event) {
        // The sharing log reads these entries: what changed, where, and which files the requester gained or lost.
        Map<String, Object> after = new HashMap<>();
        after.put(event.folder() ? "folder" : "file", event.name());
        after.put("visibility", event.after().name());
        after.put("path", event.path());
        after.put("sharedFiles", event.shared().stream().map(FileVisibilityChanged.FileRef::filename).toList());
        after.put("hiddenFiles", event.hidden().stream().map(FileVisibilityChanged.FileRef::filename).toList());
        String verb = switch (event.after()) {
            case VISIBLE -> "shared";
            case HIDDEN -> "hidden";
            case FOLLOW_FOLDER -> "follows-folder";
        };
        in(event.tenant(), () -> activity.record(RecordKind.valueOf(event.recordKind()), event.recordId(),
                event.actorId(), (event.folder() ? "attachment.folder-" : "attachment.") + verb,
                Map.of("visibility", event.before().name()), after, event.visibleToRequester(), event.at()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RequesterReplied event) {
        in(event.tenant(), () -> activity.record(RecordKind.valueOf(event.kind().name()), event.recordId(),
                event.actorId(), "note.requester-replied", null, null, event.visibleToRequester(), event.at()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RequesterUploaded event) {
        in(event.tenant(), () -> activity.record(RecordKind.valueOf(event.recordKind()), event.recordId(),
                event.actorId(), "attachment.requester-sent", null, null, event.visibleToRequester(), event.at()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RecordFileChanged event) {
        in(event.tenant(), () -> activity.record(RecordKind.valueOf(event.recordKind()), event.recordId(),
                event.actorId(), event.action().activityAction(), event.before(), event.after(), false, event.at()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(FileDownloaded event) {
        in(event.tenant(), () -> activity.record(RecordKind.valueOf(event.recordKind()), event.recordId(),
                event.actorId(), "attachment.downloaded", null,
                Map.of("file", event.filename(), "attachment", event.attachmentId().toString()),
                event.visibleToRequester(), event.at()));
    }

    private void in(CurrentTenant tenant, Runnable work) {
        try (TenantContext.Scope ignored = TenantContext.open(tenant)) {
            transactions.executeWithoutResult(s -> work.run());
        }
    }

    private static String prefix(RecordKind kind) {
        return kind == RecordKind.MATTER ? "matter" : "contract";
    }

    private static String targetKey(RecordKind kind) {
        return kind == RecordKind.MATTER ? "board" : "contractType";
    }
}
