package app.lexdesk.core.responses.internal;

import app.lexdesk.core.calendar.TenantCalendarService;
import app.lexdesk.core.developments.KeyDevelopmentAdded;
import app.lexdesk.core.intake.RequestSubmitted;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.notes.NoteAdded;
import app.lexdesk.core.records.RecordDirectory;
import app.lexdesk.core.records.StatusChanged;
import app.lexdesk.core.responses.FirstResponseKind;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Learns what was promised and when staff first responded from the features' events, after their transaction
 * committed, on another thread, in the event's tenant (as the activity's recorders do; a listener that throws leaves
 * its publication to be retried). Writes are idempotent upserts ({@link RecordResponses}), so order and retries do
 * not matter.
 *
 * <p>A first response is a shared note, a visible key development or a status change, by a person (not platform
 * work) who is not the record's requester: what the requester can see happen on their request. An internal note or
 * a hidden development is not one (their listeners' conditions leave them out).
 */
@Component
class ResponseRecorder {

    private final RecordResponses responses;
    private final RequestTypeService types;
    private final TenantCalendarService calendars;
    private final RecordDirectory records;
    private final TransactionTemplate transactions;

    ResponseRecorder(RecordResponses responses, RequestTypeService types, TenantCalendarService calendars,
            RecordDirectory records, TransactionTemplate transactions) {
        this.responses = responses;
        this.types = types;
        this.calendars = calendars;
        this.records = records;
        this.transactions = transactions;
    }

    /** The promise is fixed at submission: a later change of the type's target or of the calendar leaves it. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RequestSubmitted event) {
        try (TenantContext.Scope ignored = TenantContext.open(event.tenant())) {
            Integer days = types.find(event.typeCode()).map(RequestTypeDetails::firstResponseDays).orElse(null);
            LocalDate expectedBy = days == null ? null : calendars.calendar().answerExpectedBy(event.at(), days);
            transactions.executeWithoutResult(s -> responses.submitted(event.opened().recordId(), event.at(), days,
                    expectedBy));
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED, condition = "#event.visibleToRequester()")
    void on(NoteAdded event) {
        responded(event.tenant(), event.recordId(), event.actorId(), event.at(), FirstResponseKind.SHARED_NOTE);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED, condition = "#event.visibleToRequester()")
    void on(KeyDevelopmentAdded event) {
        responded(event.tenant(), event.recordId(), event.actorId(), event.at(),
                FirstResponseKind.VISIBLE_DEVELOPMENT);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(StatusChanged event) {
        responded(event.tenant(), event.recordId(), event.actorId(), event.at(), FirstResponseKind.STATUS_CHANGE);
    }

    private void responded(CurrentTenant tenant, UUID recordId, UUID actorId, Instant at, FirstResponseKind kind) {
        if (actorId == null) {
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.open(tenant)) {
            transactions.executeWithoutResult(s -> {
                // A requester writing on their own record (should the portal let them) is not the legal team answering.
                if (records.findRequestedBy(recordId, actorId).isEmpty()) {
                    responses.responded(recordId, at, kind, actorId);
                }
            });
        }
    }
}
