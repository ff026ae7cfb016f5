package app.lexdesk.core.responses.internal;

import app.lexdesk.core.calendar.TenantCalendar;
import app.lexdesk.core.calendar.TenantCalendarService;
import app.lexdesk.core.responses.ExpectedAnswerOverdue;
import app.lexdesk.core.responses.ResponseState;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells, once each, when an awaited first answer becomes at risk and when it is late: tenant by tenant, the
 * unanswered promises whose expected day is near or past and not yet told are marked told and published as
 * {@link ExpectedAnswerOverdue} in one transaction per record ({@code FOR UPDATE SKIP LOCKED}: nodes running it at
 * once tell each state once). A record already late when first seen is told late only.
 */
@Component
public class ExpectedAnswerWatch {

    private static final Logger log = LoggerFactory.getLogger(ExpectedAnswerWatch.class);

    private final TenantDirectory tenants;
    private final TenantCalendarService calendars;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpectedAnswerWatch(TenantDirectory tenants, TenantCalendarService calendars, JdbcTemplate jdbc,
            TransactionTemplate transactions, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.tenants = tenants;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** @return how many reminders were published */
    @Scheduled(fixedDelayString = "${lexdesk.responses.watch-interval:PT15M}", initialDelayString = "PT1M")
    public int watch() {
        int told = 0;
        for (var tenant : tenants.all()) {
            try (TenantContext.Scope ignored = TenantContext.openPlatformWork(new CurrentTenant(tenant.id(),
                    tenant.slug()))) {
                told += watchTenant(TenantContext.require());
            } catch (RuntimeException e) {
                log.error("Answer reminders of tenant {} failed; the next run tries again", tenant.slug(), e);
            }
        }
        return told;
    }

    private int watchTenant(CurrentTenant tenant) {
        TenantCalendar calendar = calendars.calendar();
        LocalDate today = calendar.today(clock);
        // At risk from the business day before the expected day: anything expected by then is a candidate.
        LocalDate horizon = calendar.plusBusinessDays(today, 1);
        List<UUID> candidates = transactions.execute(s -> jdbc.queryForList("""
                select record_id from record_response
                where tenant_id = ? and first_response_at is null and expected_by <= ?
                  and (late_told_at is null or at_risk_told_at is null)""", UUID.class, tenant.id(), horizon));
        int told = 0;
        for (UUID record : candidates) {
            Boolean published = transactions.execute(s -> tell(tenant, record, calendar, today));
            told += Boolean.TRUE.equals(published) ? 1 : 0;
        }
        return told;
    }

    private boolean tell(CurrentTenant tenant, UUID record, TenantCalendar calendar, LocalDate today) {
        List<Object[]> rows = jdbc.query("""
                select expected_by, at_risk_told_at, late_told_at from record_response
                where tenant_id = ? and record_id = ? and first_response_at is null for update skip locked""",
                (rs, i) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getTimestamp(2), rs.getTimestamp(3)},
                tenant.id(), record);
        if (rows.isEmpty()) {
            return false;
        }
        LocalDate due = (LocalDate) rows.get(0)[0];
        Instant now = clock.instant();
        if (today.isAfter(due) && rows.get(0)[2] == null) {
            jdbc.update("update record_response set late_told_at = ?, at_risk_told_at = coalesce(at_risk_told_at, ?) "
                    + "where tenant_id = ? and record_id = ?", Timestamp.from(now), Timestamp.from(now), tenant.id(),
                    record);
            events.publishEvent(new ExpectedAnswerOverdue(tenant, record, ResponseState.LATE, due, now));
            return true;
        }
        if (!today.isAfter(due) && calendar.businessDaysAfter(today, due) <= 1 && rows.get(0)[1] == null) {
            jdbc.update("update record_response set at_risk_told_at = ? where tenant_id = ? and record_id = ?",
                    Timestamp.from(now), tenant.id(), record);
            events.publishEvent(new ExpectedAnswerOverdue(tenant, record, ResponseState.AT_RISK, due, now));
            return true;
        }
        return false;
    }
}
