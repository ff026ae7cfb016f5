package app.lexdesk.core.responses;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.calendar.TenantCalendar;
import app.lexdesk.core.responses.internal.RecordResponses;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Where a promise stands on a given day: a first answer promised by Monday 30 March 2026 (Monday to Friday) is on
 * time until Thursday, at risk from Friday (one business day left) to Monday, late from Tuesday; an answer on Monday
 * evening was on time, one on Tuesday was late.
 */
class ResponseAssessmentTest {

    final TenantCalendar calendar = TenantCalendar.DEFAULT;
    final UUID record = UUID.randomUUID();
    final Instant submitted = paris(2026, 3, 26, 11, 0);
    final LocalDate monday = LocalDate.of(2026, 3, 30);

    @Test
    void unanswered_it_is_on_time_then_at_risk_with_one_business_day_left_then_late_once_the_day_is_over() {
        assertThat(state(LocalDate.of(2026, 3, 26))).isEqualTo(ResponseState.ON_TIME);
        assertThat(state(LocalDate.of(2026, 3, 27))).as("Friday: Monday is the next business day")
                .isEqualTo(ResponseState.AT_RISK);
        assertThat(state(LocalDate.of(2026, 3, 28))).isEqualTo(ResponseState.AT_RISK);
        assertThat(state(monday)).as("the expected day itself").isEqualTo(ResponseState.AT_RISK);
        assertThat(state(LocalDate.of(2026, 3, 31))).isEqualTo(ResponseState.LATE);
    }

    @Test
    void answered_on_the_expected_day_is_on_time_and_the_day_after_is_late() {
        ResponseSummary onTime = ExpectedResponseService.assess(row(paris(2026, 3, 30, 21, 0)), calendar,
                LocalDate.of(2026, 4, 10));
        assertThat(onTime.state()).isEqualTo(ResponseState.ANSWERED);
        assertThat(onTime.answeredLate()).isFalse();
        ResponseSummary late = ExpectedResponseService.assess(row(paris(2026, 3, 31, 9, 0)), calendar,
                LocalDate.of(2026, 3, 31));
        assertThat(late.state()).isEqualTo(ResponseState.ANSWERED);
        assertThat(late.answeredLate()).isTrue();
        assertThat(late.firstResponseKind()).isEqualTo(FirstResponseKind.SHARED_NOTE);
        assertThat(late.expectedBy()).isEqualTo(monday);
        assertThat(late.targetDays()).isEqualTo(2);
    }

    private ResponseState state(LocalDate today) {
        ResponseSummary summary = ExpectedResponseService.assess(row(null), calendar, today);
        assertThat(summary.answeredLate()).isFalse();
        return summary.state();
    }

    private RecordResponses.Row row(Instant answeredAt) {
        return new RecordResponses.Row(record, submitted, 2, monday, answeredAt,
                answeredAt == null ? null : FirstResponseKind.SHARED_NOTE);
    }

    private static Instant paris(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(TenantCalendar.ZONE).toInstant();
    }
}
