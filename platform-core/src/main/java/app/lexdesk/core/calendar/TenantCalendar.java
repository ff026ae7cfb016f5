package app.lexdesk.core.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A tenant's business days and the arithmetic of promises made in them. Immutable; safe to share between threads.
 *
 * <p>The rules, in the tenant's {@link #zone() zone}:
 * <ul>
 * <li>A <em>business day</em> is a day whose weekday is one of {@link #workingDays()} and which is not one of
 * {@link #holidays()}.</li>
 * <li>A submission is <em>received</em> on its own day when that is a business day and it came strictly before
 * {@link #dayEnds()}; otherwise (after hours, on a weekend or a holiday) it is received on the next business day.
 * A Friday 19:00 or a Saturday submission is received on Monday (Monday to Friday, 18:00).</li>
 * <li>An answer promised within {@code n} business days is expected by the end of the {@code n}-th business day
 * after the day of receipt: received on Monday, one business day gives Tuesday, two give Wednesday; received on
 * Friday, one gives Monday.</li>
 * </ul>
 *
 * @param workingDays the weekdays the legal team works (at least one)
 * @param dayEnds     when its working day ends: a submission at or after it counts from the next business day
 * @param holidays    days off whatever their weekday
 * @param zone        where the days are told; the zone every date of the product is shown in
 */
public record TenantCalendar(Set<DayOfWeek> workingDays, LocalTime dayEnds, SortedSet<LocalDate> holidays,
        ZoneId zone) {

    /** The zone the product shows every date in (the back office and portal format dates in it too). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** A tenant's calendar until its administrators set one: Monday to Friday until 18:00, no holidays. */
    public static final TenantCalendar DEFAULT = new TenantCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(18, 0), new TreeSet<>(), ZONE);

    public TenantCalendar {
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(dayEnds, "dayEnds");
        Objects.requireNonNull(zone, "zone");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("A calendar has at least one working day");
        }
        workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays == null ? Set.of() : holidays));
    }

    public boolean isBusinessDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The first business day strictly after {@code day}. */
    public LocalDate nextBusinessDay(LocalDate day) {
        // Ends: every week has a working day, and there are finitely many holidays.
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The business day a submission at {@code at} counts from (see the class's rules). */
    public LocalDate receivedOn(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        return isBusinessDay(day) && local.toLocalTime().isBefore(dayEnds) ? day : nextBusinessDay(day);
    }

    /** The {@code n}-th business day after {@code day} ({@code day} itself for 0). */
    public LocalDate plusBusinessDays(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n is at least 0");
        }
        LocalDate result = day;
        for (int i = 0; i < n; i++) {
            result = nextBusinessDay(result);
        }
        return result;
    }

    /** The day by whose end an answer promised within {@code businessDays} of a submission at {@code at} is due. */
    public LocalDate answerExpectedBy(Instant at, int businessDays) {
        return plusBusinessDays(receivedOn(at), businessDays);
    }

    /**
     * How many business days come after {@code from}, up to and including {@code to}: 0 when {@code to} is
     * {@code from} or before it, 1 when {@code to} is the next business day.
     */
    public int businessDaysAfter(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The day it is now in this calendar's zone. */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The day {@code at} falls on in this calendar's zone. */
    public LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }
}
