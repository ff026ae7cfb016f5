package app.lexdesk.core.calendar;

import app.lexdesk.core.api.InvalidParameterException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Command: set the tenant's calendar. Holidays given twice count once.
 *
 * @throws InvalidParameterException naming the field at fault ({@code workingDays}, {@code dayEnds},
 *                                   {@code holidays})
 */
public record SaveTenantCalendar(Set<DayOfWeek> workingDays, LocalTime dayEnds, SortedSet<LocalDate> holidays) {

    /** More public holidays than any country has in a few years; bounds what one calendar makes each count do. */
    public static final int HOLIDAYS_MAX = 200;

    public SaveTenantCalendar {
        if (workingDays == null || workingDays.isEmpty()) {
            throw new InvalidParameterException("workingDays", "required", "Choose at least one working day.");
        }
        workingDays = EnumSet.copyOf(workingDays);
        if (dayEnds == null) {
            throw new InvalidParameterException("dayEnds", "required", "dayEnds is required.");
        }
        if (dayEnds.equals(LocalTime.MIDNIGHT)) {
            throw new InvalidParameterException("dayEnds", "invalid-time",
                    "A working day ends after midnight, or no submission would count from its own day.");
        }
        holidays = new TreeSet<>(holidays == null ? Set.of() : holidays);
        if (holidays.size() > HOLIDAYS_MAX) {
            throw new InvalidParameterException("holidays", "too-many", "At most " + HOLIDAYS_MAX + " holidays.");
        }
        if (!holidays.isEmpty() && (holidays.first().getYear() < 2000 || holidays.last().getYear() > 2999)) {
            throw new InvalidParameterException("holidays", "out-of-range", "Holidays are between 2000 and 2999.");
        }
    }

    /** The command for these values, holidays in any order. */
    public static SaveTenantCalendar of(Set<DayOfWeek> workingDays, LocalTime dayEnds, Collection<LocalDate> holidays) {
        if (holidays != null && holidays.stream().anyMatch(Objects::isNull)) {
            throw new InvalidParameterException("holidays", "invalid-date", "A holiday is a date.");
        }
        return new SaveTenantCalendar(workingDays, dayEnds, holidays == null ? null : new TreeSet<>(holidays));
    }
}
