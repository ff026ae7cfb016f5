package app.lexdesk.core.calendar;

import app.lexdesk.core.calendar.internal.TenantCalendarEntity;
import app.lexdesk.core.calendar.internal.TenantCalendarRepository;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantCache;
import app.lexdesk.core.tenancy.TenantCaches;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current tenant's calendar: read by anyone in the tenant (which days are business days is no secret, and
 * listeners and the portal count in them), changed by its administrators (checked here).
 */
@Service
public class TenantCalendarService {

    private final TenantCalendarRepository calendars;
    private final TenantCache<TenantCache.Whole, TenantCalendar> cache;
    private final TransactionTemplate readOnly;

    TenantCalendarService(TenantCalendarRepository calendars, TenantCaches caches,
            PlatformTransactionManager transactions) {
        this.calendars = calendars;
        this.cache = caches.create(10_000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The tenant's calendar, {@link TenantCalendar#DEFAULT} until its administrators set one (from memory when recently read). */
    public TenantCalendar calendar() {
        return cache.get(k -> readOnly.execute(s -> calendars.findFirstBy().map(TenantCalendarService::view)
                .orElse(TenantCalendar.DEFAULT)));
    }

    /** Sets the tenant's calendar (administrators); promises already made keep the day they named. */
    @Transactional
    public TenantCalendar save(SaveTenantCalendar command) {
        Administration.requireAdministrator();
        TenantCalendarEntity row = calendars.findFirstBy().orElse(null);
        if (row == null) {
            row = calendars.save(new TenantCalendarEntity(command.workingDays(), command.dayEnds(),
                    command.holidays()));
        } else {
            row.change(command.workingDays(), command.dayEnds(), command.holidays());
        }
        cache.evict();
        return view(row);
    }

    private static TenantCalendar view(TenantCalendarEntity row) {
        return new TenantCalendar(row.getWorkingDays(), row.getDayEnds(), row.getHolidays(), TenantCalendar.ZONE);
    }
}
