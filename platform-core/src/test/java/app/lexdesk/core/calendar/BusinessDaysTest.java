package app.lexdesk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.api.InvalidParameterException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The business-day arithmetic of a first-answer promise, in Paris time: a submission counts from its own day when it
 * came on a business day before the day ended (18:00 by default), from the next business day otherwise, and an answer
 * within n business days is expected by the end of the n-th business day after that. March 2026: Friday the 27th,
 * the weekend of the 28th and 29th (clocks go forward on the 29th), Monday the 30th.
 */
class BusinessDaysTest {

    final TenantCalendar calendar = TenantCalendar.DEFAULT;

    @Test
    void a_weekday_morning_submission_counts_from_its_own_day() {
        Instant mondayMorning = paris(2026, 3, 23, 10, 0);
        assertThat(calendar.receivedOn(mondayMorning)).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(calendar.answerExpectedBy(mondayMorning, 1)).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(calendar.answerExpectedBy(mondayMorning, 2)).isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void the_expected_answer_date_skips_the_weekend() {
        Instant thursday = paris(2026, 3, 26, 11, 0);
        assertThat(calendar.answerExpectedBy(thursday, 1)).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(calendar.answerExpectedBy(thursday, 2)).as("Friday, then Monday").isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(calendar.answerExpectedBy(thursday, 5)).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(calendar.answerExpectedBy(paris(2026, 3, 27, 9, 0), 1)).as("Friday morning, one day: Monday")
                .isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void a_friday_evening_submission_counts_from_monday() {
        assertThat(calendar.receivedOn(paris(2026, 3, 27, 19, 30))).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(calendar.answerExpectedBy(paris(2026, 3, 27, 19, 30), 1)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(calendar.receivedOn(paris(2026, 3, 27, 18, 0))).as("the day ends at 18:00 sharp")
                .isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(calendar.receivedOn(paris(2026, 3, 27, 17, 59))).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(calendar.answerExpectedBy(paris(2026, 3, 27, 17, 59), 1)).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void a_saturday_or_sunday_submission_counts_from_monday() {
        assertThat(calendar.answerExpectedBy(paris(2026, 3, 28, 10, 0), 1)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(calendar.answerExpectedBy(paris(2026, 3, 29, 23, 0), 1)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(calendar.answerExpectedBy(paris(2026, 3, 28, 10, 0), 3)).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void the_day_is_the_one_in_paris_not_in_utc() {
        Instant sundayInUtc = Instant.parse("2026-03-22T23:30:00Z");
        assertThat(calendar.receivedOn(sundayInUtc)).as("00:30 on Monday in Paris").isEqualTo(LocalDate.of(2026, 3, 23));
        Instant mondayEveningInParis = Instant.parse("2026-03-23T17:30:00Z");
        assertThat(calendar.receivedOn(mondayEveningInParis)).as("18:30 in Paris is after hours")
                .isEqualTo(LocalDate.of(2026, 3, 24));
    }

    @Test
    void public_holidays_are_skipped_and_a_submission_on_one_counts_from_the_next_business_day() {
        TenantCalendar withEaster = new TenantCalendar(calendar.workingDays(), calendar.dayEnds(),
                new TreeSet<>(Set.of(LocalDate.of(2026, 4, 6))), TenantCalendar.ZONE);
        assertThat(withEaster.isBusinessDay(LocalDate.of(2026, 4, 6))).isFalse();
        assertThat(withEaster.answerExpectedBy(paris(2026, 4, 3, 10, 0), 1)).as("Friday, over Easter Monday")
                .isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(withEaster.answerExpectedBy(paris(2026, 4, 6, 10, 0), 1)).as("on Easter Monday itself")
                .isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(calendar.answerExpectedBy(paris(2026, 4, 3, 10, 0), 1)).as("without the holiday")
                .isEqualTo(LocalDate.of(2026, 4, 6));
    }

    @Test
    void a_department_working_sunday_to_thursday_until_16_counts_in_its_own_week() {
        TenantCalendar week = new TenantCalendar(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), LocalTime.of(16, 0), null, TenantCalendar.ZONE);
        assertThat(week.receivedOn(paris(2026, 3, 27, 10, 0))).as("Friday is off").isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(week.receivedOn(paris(2026, 3, 26, 16, 30))).as("Thursday after 16:00")
                .isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(week.answerExpectedBy(paris(2026, 3, 26, 10, 0), 1)).isEqualTo(LocalDate.of(2026, 3, 29));
    }

    @Test
    void business_days_after_a_day_count_up_to_and_including_the_other() {
        LocalDate friday = LocalDate.of(2026, 3, 27);
        LocalDate monday = LocalDate.of(2026, 3, 30);
        assertThat(calendar.businessDaysAfter(friday, monday)).isEqualTo(1);
        assertThat(calendar.businessDaysAfter(LocalDate.of(2026, 3, 28), monday)).isEqualTo(1);
        assertThat(calendar.businessDaysAfter(monday, monday)).isZero();
        assertThat(calendar.businessDaysAfter(monday, friday)).isZero();
        assertThat(calendar.businessDaysAfter(LocalDate.of(2026, 3, 25), monday)).isEqualTo(3);
        assertThat(IntStream.rangeClosed(0, 10).mapToObj(n -> calendar.plusBusinessDays(friday, n))
                .allMatch(calendar::isBusinessDay)).isTrue();
        assertThat(calendar.plusBusinessDays(friday, 0)).isEqualTo(friday);
    }

    @Test
    void a_calendar_is_refused_naming_the_field_without_a_working_day_with_a_midnight_day_end_or_too_many_holidays() {
        assertThatThrownBy(() -> SaveTenantCalendar.of(Set.of(), LocalTime.of(18, 0), List.of()))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("workingDays"));
        assertThatThrownBy(() -> SaveTenantCalendar.of(Set.of(DayOfWeek.MONDAY), null, List.of()))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("dayEnds"));
        assertThatThrownBy(() -> SaveTenantCalendar.of(Set.of(DayOfWeek.MONDAY), LocalTime.MIDNIGHT, List.of()))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.code()).isEqualTo("invalid-time"));
        List<LocalDate> many = IntStream.range(0, SaveTenantCalendar.HOLIDAYS_MAX + 1)
                .mapToObj(i -> LocalDate.of(2026, 1, 1).plusDays(i)).toList();
        assertThatThrownBy(() -> SaveTenantCalendar.of(Set.of(DayOfWeek.MONDAY), LocalTime.of(18, 0), many))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.code()).isEqualTo("too-many"));
        assertThatThrownBy(() -> SaveTenantCalendar.of(Set.of(DayOfWeek.MONDAY), LocalTime.of(18, 0),
                List.of(LocalDate.of(1999, 12, 31)))).isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("holidays"));
        assertThat(SaveTenantCalendar.of(Set.of(DayOfWeek.MONDAY), LocalTime.of(18, 0), List.of(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1))).holidays())
                .as("sorted, each once").containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1));
    }

    private static Instant paris(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(TenantCalendar.ZONE).toInstant();
    }
}
