package app.lexdesk.core.activity.internal;

import app.lexdesk.core.activity.ActivityService;
import app.lexdesk.core.activity.ActivityService.RecordKind;
import app.lexdesk.core.developments.KeyDevelopmentAdded;
import app.lexdesk.core.feedback.FeedbackGiven;
import app.lexdesk.core.notes.NoteAdded;
import app.lexdesk.core.participants.ParticipantAdded;
import app.lexdesk.core.participants.ParticipantRemoved;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the work done on a record's page — notes, key developments, people — like {@link ActivityRecorder}: after
 * the change committed, in the event's tenant.
 *
 * <p>A note's or development's entry says that one was added and whether the requester sees it
 * ({@code visibleToPortal}), never what it says: the text stays in its own table under its own visibility, so a
 * portal-visible entry carries nothing beyond the portal-safe keys and an internal note's words never reach a
 * timeline. People on a record are the legal team's working knowledge: their entries are staff-only, as is the
 * requester's rating of a closed record (its comment stays with the feedback).
 */
@Component
class RecordWorkRecorder {

    private final ActivityService activity;
    private final TransactionTemplate transactions;

    RecordWorkRecorder(ActivityService activity, TransactionTemplate transactions) {
        this.activity = activity;
        this.transactions = transactions;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(NoteAdded event) {
        in(event.tenant(), () -> activity.record(RecordKind.valueOf(event.kind().name()), event.recordId(),
                event.actorId(), event.visibleToRequester() ? "note.shared" : "note.added", null,
                Map.of("visibleToPortal", event.visibleToRequester()), event.visibleToRequester(), event.at()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(KeyDevelopmentAdded event) {
        in(event.tenant(), () -> activity.record(RecordKind.valueOf(event.kind().name()), event.recordId(),
                event.actorId(), "development.added", null, Map.of("visibleToPortal", event.visibleToRequester()),
                event.visibleToRequester(), event.at()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ParticipantAdded event) {
        in(event.tenant(), () -> activity.record(RecordKind.valueOf(event.kind().name()), event.recordId(),
                event.actorId(), "participant.added", null, Map.of("name", event.name(), "role",
                        event.role().name()), event.visibleToRequester(), event.at()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ParticipantRemoved event) {
        in(event.tenant(), () -> activity.record(RecordKind.valueOf(event.kind().name()), event.recordId(),
                event.actorId(), "participant.removed", Map.of("name", event.name(), "role", event.role().name()),
                null, event.visibleToRequester(), event.at()));
    }

    /** The requester's rating is the legal team's to read: a staff-only entry with the rating, never the comment. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(FeedbackGiven event) {
        in(event.tenant(), () -> activity.record(RecordKind.valueOf(event.kind().name()), event.recordId(),
                event.actorId(), event.first() ? "feedback.given" : "feedback.changed", null,
                Map.of("rating", event.rating()), false, event.at()));
    }

    private void in(CurrentTenant tenant, Runnable work) {
        try (TenantContext.Scope ignored = TenantContext.open(tenant)) {
            transactions.executeWithoutResult(s -> work.run());
        }
    }
}
