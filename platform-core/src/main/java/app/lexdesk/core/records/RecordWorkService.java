package app.lexdesk.core.records;

import app.lexdesk.core.records.persistence.RecordEntity;
import app.lexdesk.core.records.persistence.RecordStore;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The legal team's work on a record, whatever its kind: moving it along its workflow, assigning it, and editing
 * what every record has (description, priority, due date). Staff only, checked here. Every change names the version
 * the caller read and is refused with {@link RecordChangedException} when someone changed the record since, and
 * publishes its past-tense event ({@link StatusChanged}, {@link AssigneeChanged}, {@link RecordUpdated}) in the same
 * transaction. The kinds use the same pieces for their own fields (a contract's terms).
 */
@Service
public class RecordWorkService {

    private final Map<RecordKind, RecordStore> stores = new EnumMap<>(RecordKind.class);
    private final RecordWorkflow workflow;
    private final MembershipService memberships;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final TransactionTemplate fresh;
    private final Clock clock;

    RecordWorkService(List<RecordStore> stores, RecordWorkflow workflow, MembershipService memberships,
            ApplicationEventPublisher events, EntityManager entityManager, PlatformTransactionManager transactions,
            Optional<Clock> clock) {
        stores.forEach(s -> this.stores.put(s.kind(), s));
        this.workflow = workflow;
        this.memberships = memberships;
        this.events = events;
        this.entityManager = entityManager;
        this.fresh = new TransactionTemplate(transactions);
        this.fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.fresh.setReadOnly(true);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The status new records of {@code kind} take. */
    public String initialStatus(RecordKind kind) {
        return workflow.initialStatus(kind);
    }

    @Transactional(readOnly = true)
    public Optional<RecordHeader> header(RecordKind kind, String reference) {
        Administration.requireStaff();
        return store(kind).findByReference(reference).map(r -> header(kind, r));
    }

    /**
     * Moves a record to {@code status}, if its workflow allows it from where the record is.
     *
     * @throws TransitionRefusedException when the workflow does not allow the move; nothing changes
     * @throws RecordChangedException when the record is no longer at {@code version}
     */
    @Transactional
    public RecordHeader transition(RecordKind kind, String reference, long version, String status) {
        RecordEntity record = forChange(kind, reference, version);
        if (status == null || workflow.status(kind, status).position() == Integer.MAX_VALUE) {
            throw new InvalidRecordChangeException("status", "unknown-status", "No status " + status
                    + " in this workflow.");
        }
        String before = record.getStatus();
        List<RecordStatus> allowed = workflow.transitionsFrom(kind, before);
        if (allowed.stream().noneMatch(s -> s.code().equals(status))) {
            throw new TransitionRefusedException(before, status, allowed.stream().map(RecordStatus::code).toList());
        }
        record.setStatus(status);
        record.changed(clock.instant(), actor());
        events.publishEvent(new StatusChanged(TenantContext.require(), kind, record.getId(), reference, actor(),
                before, status, record.getUpdatedAt()));
        return header(kind, flush(kind, record));
    }

    /**
     * Gives a record to a member of the legal team, or to nobody ({@code assigneeId} null).
     *
     * @throws InvalidRecordChangeException when {@code assigneeId} is not an active staff member of the tenant
     */
    @Transactional
    public RecordHeader assign(RecordKind kind, String reference, long version, UUID assigneeId) {
        RecordEntity record = forChange(kind, reference, version);
        StaffMember assignee = null;
        if (assigneeId != null) {
            assignee = staff().stream().filter(s -> s.personId().equals(assigneeId)).findFirst()
                    .orElseThrow(() -> new InvalidRecordChangeException("assigneeId", "not-staff",
                            "A record is assigned to an active member of the legal team."));
        }
        if (!Objects.equals(record.getAssigneeId(), assigneeId)) {
            UUID beforeId = record.getAssigneeId();
            String beforeName = record.getAssigneeName();
            record.setAssigneeId(assigneeId);
            record.changed(clock.instant(), actor());
            events.publishEvent(new AssigneeChanged(TenantContext.require(), kind, record.getId(), reference, actor(),
                    beforeId, beforeName, assigneeId, assignee == null ? null : assignee.name(),
                    record.getUpdatedAt()));
        }
        return header(kind, flush(kind, record));
    }

    /** Changes a record's description, priority or due date; see {@link EditRecord}. */
    @Transactional
    public RecordHeader edit(RecordKind kind, String reference, long version, EditRecord edit) {
        RecordEntity record = forChange(kind, reference, version);
        apply(kind, record, edit);
        return header(kind, flush(kind, record));
    }

    /** The tenant's active legal team, by name: whom a record can be assigned to. */
    @Transactional(readOnly = true)
    public List<StaffMember> staff() {
        Administration.requireStaff();
        return memberships.activeStaff().stream().map(m -> new StaffMember(m.personId(), m.displayName(), m.email()))
                .toList();
    }

    /** How many of the tenant's records of {@code kind} are in {@code status} (a status in use stays). */
    @Transactional(readOnly = true)
    public long countInStatus(RecordKind kind, String status) {
        return store(kind).countByStatus(status);
    }

    // What the kinds use for their own fields, in their transaction.

    /**
     * The record to change, as the caller's transaction manages it, after checking the caller is staff and the
     * record is still at {@code version}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RecordEntity forChange(RecordKind kind, String reference, long version) {
        Administration.requireStaff();
        RecordEntity record = store(kind).findByReference(reference)
                .orElseThrow(() -> new RecordNotFoundException(kind, reference));
        if (record.getVersion() != version) {
            throw new RecordChangedException(reference, record.getUpdatedByName(), record.getUpdatedAt(),
                    record.getVersion());
        }
        return record;
    }

    /** Applies {@code edit} to {@code record} and publishes what changed; see {@link RecordUpdated}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(RecordKind kind, RecordEntity record, EditRecord edit) {
        Map<String, Object> shownBefore = new LinkedHashMap<>();
        Map<String, Object> shownAfter = new LinkedHashMap<>();
        if (edit.description() != null && !Objects.equals(record.getDescription(), edit.description().value())) {
            shownBefore.put("description", record.getDescription());
            shownAfter.put("description", edit.description().value());
            record.setDescription(edit.description().value());
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        if (edit.priority() != null && record.getPriority() != edit.priority().value()) {
            before.put("priority", record.getPriority().name());
            after.put("priority", edit.priority().value().name());
            record.setPriority(edit.priority().value());
        }
        if (edit.dueDate() != null && !Objects.equals(record.getDueDate(), edit.dueDate().value())) {
            before.put("dueDate", text(record.getDueDate()));
            after.put("dueDate", text(edit.dueDate().value()));
            record.setDueDate(edit.dueDate().value());
        }
        published(kind, record, shownBefore, shownAfter, true);
        published(kind, record, before, after, false);
    }

    /**
     * Publishes {@link RecordUpdated} for the fields in {@code before}/{@code after} (nothing when empty) and notes
     * the change on the record.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void published(RecordKind kind, RecordEntity record, Map<String, Object> before,
            Map<String, Object> after, boolean visibleToRequester) {
        if (after.isEmpty()) {
            return;
        }
        record.changed(clock.instant(), actor());
        events.publishEvent(new RecordUpdated(TenantContext.require(), kind, record.getId(), record.getReference(),
                actor(), before, after, visibleToRequester, record.getUpdatedAt()));
    }

    /**
     * Writes the change now, so that a concurrent writer who got there first is found here, as a
     * {@link RecordChangedException}, and reads the record back (names of assignee and last editor included).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T extends RecordEntity> T flush(RecordKind kind, T record) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException | OptimisticLockingFailureException e) {
            String reference = record.getReference();
            throw fresh.execute(s -> store(kind).findByReference(reference)
                    .map(r -> new RecordChangedException(reference, r.getUpdatedByName(), r.getUpdatedAt(),
                            r.getVersion()))
                    .orElseGet(() -> new RecordChangedException(reference, null, null, -1)));
        }
        entityManager.refresh(record);
        return record;
    }

    /** The header of a record the caller read. */
    public RecordHeader header(RecordKind kind, RecordEntity r) {
        return new RecordHeader(r.getId(), kind, r.getReference(), r.getTitle(), r.getDescription(), r.getOrigin(),
                workflow.status(kind, r.getStatus()), workflow.transitionsFrom(kind, r.getStatus()), r.getPriority(),
                r.getDueDate(), r.getAssigneeId(), r.getAssigneeName(), r.getRequesterId(), r.getRequesterName(),
                r.getCompanyId(), r.getCompanyName(), r.getRequestId(), r.getCreatedAt(), r.getUpdatedAt(),
                r.getUpdatedByName(), r.getVersion());
    }

    private RecordStore store(RecordKind kind) {
        RecordStore store = stores.get(kind);
        if (store == null) {
            throw new IllegalStateException("No records of kind " + kind);
        }
        return store;
    }

    private static UUID actor() {
        return TenantContext.member().map(TenantMember::personId).orElse(null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
