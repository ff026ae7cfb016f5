package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.attachments.FileVisibilityChanged;
import app.lexdesk.core.attachments.RequesterUploaded;
import app.lexdesk.core.developments.KeyDevelopmentAdded;
import app.lexdesk.core.intake.RequestSubmitted;
import app.lexdesk.core.notes.NoteAdded;
import app.lexdesk.core.notes.RequesterReplied;
import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.records.AssigneeChanged;
import app.lexdesk.core.records.RecordOpened;
import app.lexdesk.core.records.StatusChanged;
import app.lexdesk.core.responses.ExpectedAnswerOverdue;
import app.lexdesk.core.responses.ResponseState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The features' events, after their transaction committed, through the event publication registry: each becomes an
 * {@link Occurrence} that the planner turns into deliveries. A listener that throws leaves its publication to be
 * retried; planning again stores nothing twice (the occurrence's key).
 */
@Component
class NotificationListeners {

    private final NotificationPlanner planner;

    NotificationListeners(NotificationPlanner planner) {
        this.planner = planner;
    }

    /** A submission is two occurrences: the request, and the record it was opened as (with its board or type). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RequestSubmitted event) {
        planner.plan(new Occurrence(event.tenant(), NotificationEvent.REQUEST_SUBMITTED,
                "request-submitted:" + event.requestId(), event.opened().recordId(), event.actorId(), event.at(),
                Map.of("requestReference", event.reference(), "target", String.valueOf(event.opened().target())),
                List.of()));
        opened(event.opened());
    }

    /** Openings from a request are told by {@link RequestSubmitted} (one publication); this is a record staff opened. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED, condition = "#event.requestId() == null")
    void on(RecordOpened event) {
        opened(event);
    }

    private void opened(RecordOpened event) {
        planner.plan(new Occurrence(event.tenant(), NotificationEvent.RECORD_OPENED, "record-opened:" + event.recordId(),
                event.recordId(), event.actorId(), event.at(), facts("target", event.target()), List.of()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(StatusChanged event) {
        planner.plan(new Occurrence(event.tenant(), NotificationEvent.STATUS_CHANGED,
                "status-changed:" + event.recordId() + ":" + event.at().toEpochMilli() + ":" + event.after(),
                event.recordId(), event.actorId(), event.at(), facts("before", event.before(), "after", event.after()),
                List.of()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AssigneeChanged event) {
        planner.plan(new Occurrence(event.tenant(), NotificationEvent.ASSIGNEE_CHANGED,
                "assignee-changed:" + event.recordId() + ":" + event.at().toEpochMilli() + ":" + event.afterId(),
                event.recordId(), event.actorId(), event.at(),
                facts("afterName", event.afterName(), "afterId", event.afterId() == null ? null
                        : event.afterId().toString(), "beforeName", event.beforeName()), List.of()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(KeyDevelopmentAdded event) {
        NotificationEvent kind = event.visibleToRequester() ? NotificationEvent.VISIBLE_DEVELOPMENT_ADDED
                : NotificationEvent.INTERNAL_DEVELOPMENT_ADDED;
        planner.plan(new Occurrence(event.tenant(), kind, "development-added:" + event.developmentId(),
                event.recordId(), event.actorId(), event.at(),
                facts("title", event.title(), "date", String.valueOf(event.date()), "developmentId",
                        event.developmentId().toString()), List.of()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(NoteAdded event) {
        NotificationEvent kind = event.visibleToRequester() ? NotificationEvent.SHARED_NOTE_ADDED
                : NotificationEvent.INTERNAL_NOTE_ADDED;
        planner.plan(new Occurrence(event.tenant(), kind, "note-added:" + event.noteId(), event.recordId(),
                event.actorId(), event.at(), facts("noteId", event.noteId().toString()), List.of()));
    }

    /** Only what the requester gained is told, and only as "files shared": hiding a file is not news to anyone. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED, condition = "!#event.shared().isEmpty()")
    void on(FileVisibilityChanged event) {
        planner.plan(new Occurrence(event.tenant(), NotificationEvent.FILE_SHARED,
                "file-shared:" + event.itemId() + ":" + event.at().toEpochMilli(), event.recordId(), event.actorId(),
                event.at(), facts("itemId", event.itemId().toString()),
                event.shared().stream().map(FileVisibilityChanged.FileRef::filename).toList()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RequesterReplied event) {
        planner.plan(new Occurrence(event.tenant(), NotificationEvent.REQUESTER_REPLIED,
                "requester-replied:" + event.noteId(), event.recordId(), event.actorId(), event.at(),
                facts("noteId", event.noteId().toString(), "files", Integer.toString(event.attachmentIds().size())),
                List.of()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RequesterUploaded event) {
        planner.plan(new Occurrence(event.tenant(), NotificationEvent.REQUESTER_UPLOADED,
                "requester-uploaded:" + event.attachmentIds().stream().map(UUID::toString).sorted().findFirst()
                        .orElse(event.recordId() + ":" + event.at().toEpochMilli()), event.recordId(),
                event.actorId(), event.at(), facts("files", Integer.toString(event.attachmentIds().size())),
                List.of()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ExpectedAnswerOverdue event) {
        NotificationEvent kind = event.state() == ResponseState.LATE ? NotificationEvent.ANSWER_LATE
                : NotificationEvent.ANSWER_AT_RISK;
        planner.plan(new Occurrence(event.tenant(), kind, kind.key() + ":" + event.recordId(), event.recordId(),
                null, event.at(), facts("expectedBy", event.expectedBy().toString()), List.of()));
    }

    /** A map of the pairs whose value is not null. */
    private static Map<String, String> facts(String... pairs) {
        Map<String, String> facts = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                facts.put(pairs[i], pairs[i + 1]);
            }
        }
        return facts;
    }
}
