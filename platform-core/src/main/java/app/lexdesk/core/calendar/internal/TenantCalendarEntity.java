package app.lexdesk.core.calendar.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The tenant's calendar row (at most one per tenant); weekdays stored as ISO numbers. */
@Entity
@Table(name = "tenant_calendar")
public class TenantCalendarEntity extends TenantOwnedEntity {

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "working_days", columnDefinition = "smallint[]")
    private Short[] workingDays;
    @Column(name = "day_ends")
    private LocalTime dayEnds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "holidays", columnDefinition = "date[]")
    private LocalDate[] holidays;

    protected TenantCalendarEntity() {
    }

    public TenantCalendarEntity(Set<DayOfWeek> workingDays, LocalTime dayEnds, Collection<LocalDate> holidays) {
        change(workingDays, dayEnds, holidays);
    }

    public final void change(Set<DayOfWeek> workingDays, LocalTime dayEnds, Collection<LocalDate> holidays) {
        this.workingDays = workingDays.stream().sorted().map(d -> (short) d.getValue()).toArray(Short[]::new);
        this.dayEnds = dayEnds;
        this.holidays = holidays.stream().sorted().toArray(LocalDate[]::new);
    }

    public Set<DayOfWeek> getWorkingDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(workingDays).forEach(d -> days.add(DayOfWeek.of(d)));
        return days;
    }

    public LocalTime getDayEnds() {
        return dayEnds;
    }

    public SortedSet<LocalDate> getHolidays() {
        return new TreeSet<>(Arrays.asList(holidays));
    }
}
