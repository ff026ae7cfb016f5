package app.lexdesk.core.responses;

import app.lexdesk.core.calendar.TenantCalendar;
import app.lexdesk.core.calendar.TenantCalendarService;
import app.lexdesk.core.records.RecordDirectory;
import app.lexdesk.core.responses.internal.RecordResponses;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A record's first-answer promise: for its requester, the day a first answer is expected until staff respond; for
 * the legal team, whether the record is on time, at risk, late or answered. Records whose request type promised
 * nothing, and records opened by staff, have none. For the legal team a call is one query whatever the number of
 * records asked for, so a list page asks once; for a requester, one more to find which are theirs.
 */
@Service
public class ExpectedResponseService {

    private final RecordResponses responses;
    private final RecordDirectory records;
    private final TenantCalendarService calendars;
    private final Clock clock;

    ExpectedResponseService(RecordResponses responses, RecordDirectory records, TenantCalendarService calendars,
            Optional<Clock> clock) {
        this.responses = responses;
        this.records = records;
        this.calendars = calendars;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * For the portal: the day a first answer is expected on a record the current member sees as its requester does
     * (their own, or a colleague's the portal shows them), while the legal team has not responded; empty once it has,
     * when its type promised nothing, and for any record they may not read.
     */
    @Transactional(readOnly = true)
    public Optional<PortalExpectedAnswer> forRequester(UUID recordId) {
        return Optional.ofNullable(forRequester(List.of(recordId)).get(recordId));
    }

    /**
     * {@link #forRequester(UUID)} for a page of records (my requests), by record id; records the member may not read
     * are left out. Their own records are checked in one query; a colleague's, one query each.
     */
    @Transactional(readOnly = true)
    public Map<UUID, PortalExpectedAnswer> forRequester(Collection<UUID> recordIds) {
        UUID me = TenantContext.requireMember().personId();
        Set<UUID> readable = new HashSet<>(records.filterRequestedBy(recordIds, me));
        recordIds.stream().filter(id -> !readable.contains(id) && records.requesterAccess(id, me).mayRead())
                .forEach(readable::add);
        return unanswered(readable);
    }

    /**
     * What the portal would tell the requester about these records (staff only): for the legal team's preview of a
     * request as its requester sees it.
     */
    @Transactional(readOnly = true)
    public Map<UUID, PortalExpectedAnswer> previewForRequester(Collection<UUID> recordIds) {
        Administration.requireStaff();
        return unanswered(Set.copyOf(recordIds));
    }

    private Map<UUID, PortalExpectedAnswer> unanswered(Set<UUID> recordIds) {
        return responses.promised(recordIds).stream().filter(r -> r.firstResponseAt() == null)
                .collect(Collectors.toMap(RecordResponses.Row::recordId,
                        r -> new PortalExpectedAnswer(r.recordId(), r.expectedBy())));
    }

    /** For the legal team (staff only): a record's promise and where it stands today; empty when it has none. */
    @Transactional(readOnly = true)
    public Optional<ResponseSummary> forRecord(UUID recordId) {
        return Optional.ofNullable(forRecords(List.of(recordId)).get(recordId));
    }

    /**
     * {@link #forRecord} for a page of records (staff only), by record id: records without a promise, and other
     * tenants' records, are left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, ResponseSummary> forRecords(Collection<UUID> recordIds) {
        Administration.requireStaff();
        TenantCalendar calendar = calendars.calendar();
        LocalDate today = calendar.today(clock);
        return responses.promised(Set.copyOf(recordIds)).stream().map(r -> assess(r, calendar, today))
                .collect(Collectors.toMap(ResponseSummary::recordId, Function.identity()));
    }

    /**
     * Where a promise stands on {@code today}. The day is judged whole: an answer on the expected day is on time,
     * and a record is late from the day after. At risk means one business day or less is left.
     */
    static ResponseSummary assess(RecordResponses.Row row, TenantCalendar calendar, LocalDate today) {
        LocalDate due = row.expectedBy();
        boolean answered = row.firstResponseAt() != null;
        ResponseState state;
        if (answered) {
            state = ResponseState.ANSWERED;
        } else if (today.isAfter(due)) {
            state = ResponseState.LATE;
        } else if (calendar.businessDaysAfter(today, due) <= 1) {
            state = ResponseState.AT_RISK;
        } else {
            state = ResponseState.ON_TIME;
        }
        boolean late = answered && calendar.dayOf(row.firstResponseAt()).isAfter(due);
        return new ResponseSummary(row.recordId(), state, row.submittedAt(), row.targetDays(), due,
                row.firstResponseAt(), row.firstResponseKind(), late);
    }
}
