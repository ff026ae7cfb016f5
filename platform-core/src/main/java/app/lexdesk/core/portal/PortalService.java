package app.lexdesk.core.portal;

import app.lexdesk.core.activity.ActivityService;
import app.lexdesk.core.activity.PortalActivity;
import app.lexdesk.core.attachments.PortalFile;
import app.lexdesk.core.attachments.RecordFileService;
import app.lexdesk.core.developments.KeyDevelopmentService;
import app.lexdesk.core.export.TableExport;
import app.lexdesk.core.feedback.FeedbackService;
import app.lexdesk.core.feedback.PortalFeedback;
import app.lexdesk.core.export.TableFormat;
import app.lexdesk.core.notes.AddNote;
import app.lexdesk.core.notes.NoteService;
import app.lexdesk.core.notes.NoteVisibility;
import app.lexdesk.core.notes.PortalNote;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.core.portal.internal.PortalQueries;
import app.lexdesk.core.records.RecordDirectory;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordRef;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.RecordWorkflow;
import app.lexdesk.core.responses.ExpectedResponseService;
import app.lexdesk.core.responses.PortalExpectedAnswer;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The client portal for the current member: their requests and one request as its requester sees it, built from the
 * features' requester-facing reads only (shared notes, visible developments, the folder rule's files, the visible
 * timeline), so the portal UI, the REST API and the staff preview show the same thing. A request the member may not
 * see is not found, whoever asks; a colleague who sees it through company visibility reads it but cannot act on it.
 */
@Service
public class PortalService {

    /** The largest page a list asks for. */
    public static final int MAX_PAGE_SIZE = 100;

    private final PortalQueries queries;
    private final NoteService notes;
    private final KeyDevelopmentService developments;
    private final RecordFileService files;
    private final ActivityService activity;
    private final RecordWorkflow workflow;
    private final PeopleService people;
    private final RecordDirectory records;
    private final ExpectedResponseService responses;
    private final FeedbackService feedback;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PortalService(PortalQueries queries, NoteService notes, KeyDevelopmentService developments,
            RecordFileService files, ActivityService activity, RecordWorkflow workflow, PeopleService people,
            RecordDirectory records, ExpectedResponseService responses, FeedbackService feedback,
            TransactionTemplate transactions, Optional<Clock> clock) {
        this.records = records;
        this.responses = responses;
        this.feedback = feedback;
        this.queries = queries;
        this.notes = notes;
        this.developments = developments;
        this.files = files;
        this.activity = activity;
        this.workflow = workflow;
        this.people = people;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A page of the current member's requests (their own, named on, or their company's when allowed), newest first. */
    @Transactional(readOnly = true)
    public PortalPage requests(PortalQuery query, int page, int size) {
        TenantMember me = TenantContext.requireMember();
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int number = Math.max(0, page);
        UUID tenant = me.tenant().id();
        List<PortalRequestSummary> items = queries.page(tenant, me.personId(), query, number * limit, limit).stream()
                .map(PortalQueries.Row::summary).toList();
        long total = items.size() < limit && number == 0 ? items.size() : queries.count(tenant, me.personId(), query);
        return new PortalPage(items, total, number, limit);
    }

    /**
     * One request as the current member sees it, marked seen by them; empty when they may not see it (another
     * requester's, another company's, another tenant's, or unknown).
     */
    public Optional<PortalRequestDetails> request(String reference) {
        TenantMember me = TenantContext.requireMember();
        Optional<PortalRequestDetails> found = transactions.execute(s -> queries.byReference(me.tenant().id(),
                me.personId(), reference).map(row -> details(row, false)));
        found.ifPresent(d -> transactions.executeWithoutResult(s -> queries.byReference(me.tenant().id(),
                me.personId(), reference).ifPresent(row -> queries.markSeen(me.tenant().id(), me.personId(),
                row.requestId(), clock.instant()))));
        return found;
    }

    /**
     * Exactly what a record's requester sees of it in the portal, for staff to check before sharing: built as the
     * requester, through the same reads, read-only (nothing is marked seen). Empty for a record no requester asked.
     */
    public Optional<PortalRequestDetails> preview(UUID recordId) {
        Administration.requireStaff();
        TenantMember staff = TenantContext.requireMember();
        Optional<UUID> requester = transactions.execute(s -> records.find(recordId).map(RecordRef::requesterId));
        if (requester.isEmpty()) {
            return Optional.empty();
        }
        PersonDetails person = transactions.execute(s -> people.findPerson(requester.get())).orElseThrow();
        TenantMember asRequester = new TenantMember(staff.tenant(), staff.tenantName(), person.id(),
                person.email() == null ? "" : person.email(), person.displayName(), Set.of(Role.PORTAL_USER));
        try (TenantContext.Scope ignored = TenantContext.open(asRequester)) {
            return transactions.execute(s -> queries.byRecord(staff.tenant().id(), person.id(), recordId)
                    .map(row -> details(row, true)));
        }
    }

    /**
     * A reply from the current member on a request they may act on, with files they uploaded (placed in the
     * record's "From requester" folder): a shared note the legal team reads as from the requester.
     *
     * @throws NoSuchElementException when the member may not see the request, or only reads it
     */
    @Transactional
    public PortalNote reply(String reference, String text, List<UUID> uploadIds) {
        PortalQueries.Row row = actable(reference);
        AddNote note = new AddNote(text, NoteVisibility.SHARED);
        if (!uploadIds.isEmpty()) {
            files.claimFromRequester(RecordKind.valueOf(row.recordKind()), row.recordId(), uploadIds);
        }
        return notes.replyAsRequester(row.recordId(), note, uploadIds);
    }

    /** Files the current member sends on a request they may act on, without a reply. */
    @Transactional
    public List<PortalFile> send(String reference, List<UUID> uploadIds) {
        PortalQueries.Row row = actable(reference);
        return files.addFromRequester(RecordKind.valueOf(row.recordKind()), row.recordId(), uploadIds);
    }

    /**
     * The current member's rating (1–5) and comment on their own request's answer, once its record is closed; they may
     * change it while it stays closed.
     *
     * @throws NoSuchElementException when the request is not the member's own
     */
    @Transactional
    public PortalFeedback rate(String reference, Integer rating, String comment) {
        PortalQueries.Row row = own(reference);
        if (row.recordId() == null) {
            throw new NoSuchElementException("No request " + reference);
        }
        return feedback.rate(row.recordId(), rating, comment);
    }

    /** The people of the current member's company they may name on a request. */
    @Transactional(readOnly = true)
    public List<PortalColleague> colleagues() {
        TenantMember me = TenantContext.requireMember();
        return queries.colleaguesOf(me.tenant().id(), me.personId());
    }

    /**
     * Names a colleague of the same company on one of the current member's own requests: the colleague then sees it
     * and may reply. Only the requester names people; anyone not of their company is refused.
     */
    @Transactional
    public List<PortalColleague> nameColleague(String reference, UUID personId) {
        TenantMember me = TenantContext.requireMember();
        PortalQueries.Row row = own(reference);
        if (queries.colleaguesOf(me.tenant().id(), me.personId()).stream()
                .noneMatch(c -> c.personId().equals(personId))) {
            throw new InvalidPortalRequestException("personId", "not-a-colleague",
                    "Only people of your company with portal access can be named on your request.");
        }
        queries.name(me.tenant().id(), row.requestId(), personId, me.personId(), clock.instant());
        return queries.namedOn(me.tenant().id(), row.requestId());
    }

    @Transactional
    public List<PortalColleague> removeColleague(String reference, UUID personId) {
        TenantMember me = TenantContext.requireMember();
        PortalQueries.Row row = own(reference);
        queries.unname(me.tenant().id(), row.requestId(), personId);
        return queries.namedOn(me.tenant().id(), row.requestId());
    }

    /** Whether the tenant shows requesters the requests of colleagues of their company (read-only). */
    @Transactional(readOnly = true)
    public boolean companyRequestsVisible() {
        return queries.companyRequestsVisible(TenantContext.require().id());
    }

    @Transactional
    public void setCompanyRequestsVisible(boolean visible) {
        Administration.requireAdministrator();
        queries.setCompanyRequestsVisible(TenantContext.require().id(), visible,
                TenantContext.member().map(TenantMember::personId).orElse(null), clock.instant());
    }

    /**
     * Writes the current member's filtered list, every page of it, with these nine headers (reference, subject,
     * kind, type, status, assignee, submitted, last update, requester); times in UTC.
     */
    public long export(PortalQuery query, TableFormat format, OutputStream out, List<String> headers, Locale locale)
            throws IOException {
        if (headers.size() != 9) {
            throw new IllegalArgumentException("The list export has nine columns");
        }
        TenantMember me = TenantContext.requireMember();
        TableExport<PortalRequestSummary> export = new TableExport<>(List.of(
                new TableExport.Column<>(headers.get(0), PortalRequestSummary::reference),
                new TableExport.Column<>(headers.get(1), PortalRequestSummary::subject),
                new TableExport.Column<>(headers.get(2), r -> r.kind().name()),
                new TableExport.Column<>(headers.get(3), r -> r.typeName(locale)),
                new TableExport.Column<>(headers.get(4), r -> r.statusLabel(locale)),
                new TableExport.Column<>(headers.get(5), PortalRequestSummary::assigneeName),
                new TableExport.Column<>(headers.get(6), r -> LocalDateTime.ofInstant(r.submittedAt(), ZoneOffset.UTC)),
                new TableExport.Column<>(headers.get(7), r -> LocalDateTime.ofInstant(r.lastUpdate(), ZoneOffset.UTC)),
                new TableExport.Column<>(headers.get(8), PortalRequestSummary::requesterName)));
        return export.write(format, "Requests", (offset, limit) -> transactions.execute(s -> queries.page(
                me.tenant().id(), me.personId(), query, offset, limit).stream().map(PortalQueries.Row::summary)
                .toList()), out);
    }

    private PortalQueries.Row actable(String reference) {
        TenantMember me = TenantContext.requireMember();
        if (me.isStaff() && !me.isPortalUser()) {
            throw new AccessDeniedException("The legal team does not write as the requester");
        }
        PortalQueries.Row row = queries.byReference(me.tenant().id(), me.personId(), reference)
                .orElseThrow(() -> new NoSuchElementException("No request " + reference));
        if (row.recordId() == null || !(row.requesterId().equals(me.personId()) || row.named())) {
            throw new NoSuchElementException("No request " + reference + " to act on");
        }
        return row;
    }

    private PortalQueries.Row own(String reference) {
        TenantMember me = TenantContext.requireMember();
        return queries.byReference(me.tenant().id(), me.personId(), reference)
                .filter(r -> r.requesterId().equals(me.personId()))
                .orElseThrow(() -> new NoSuchElementException("No request " + reference));
    }

    private PortalRequestDetails details(PortalQueries.Row row, boolean preview) {
        TenantMember me = TenantContext.requireMember();
        if (row.recordId() == null) {
            return new PortalRequestDetails(row.summary(), row.description(), row.fields(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), false, preview, null, null, false, false);
        }
        List<PortalActivity> timeline = activity.visibleToRequester(row.recordId(), row.requestId());
        RecordKind kind = RecordKind.valueOf(row.recordKind());
        List<PortalStatusChange> history = new ArrayList<>();
        for (PortalActivity entry : timeline) {
            Object status = entry.facts().get("status");
            if (status != null) {
                RecordStatus s = workflow.status(kind, status.toString());
                history.add(new PortalStatusChange(s.portalLabelEn(), s.portalLabelFr(), entry.at()));
            }
        }
        boolean own = row.requesterId().equals(me.personId());
        boolean mayAct = !preview && (own || row.named());
        return new PortalRequestDetails(row.summary(), row.description(), row.fields(), history,
                developments.visibleToRequester(row.recordId()), notes.sharedWithRequester(row.recordId()),
                files.visibleToRequester(row.recordId()), timeline,
                own ? queries.namedOn(me.tenant().id(), row.requestId()) : List.of(), mayAct, preview,
                responses.forRequester(row.recordId()).map(PortalExpectedAnswer::expectedBy).orElse(null),
                feedback.forRequester(row.recordId()).orElse(null), !preview && feedback.mayRate(row.recordId()),
                !preview && own);
    }
}
