package app.lexdesk.ui.backoffice.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.calendar.SaveTenantCalendar;
import app.lexdesk.core.calendar.TenantCalendar;
import app.lexdesk.core.calendar.TenantCalendarService;
import app.lexdesk.ui.common.EnglishDefaults;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Settings → Working days without a browser: the tenant's calendar as the core has it, holidays added and removed,
 * the whole saved as the core's command, and the core's refusal on the field it names, in the user's language.
 */
class CalendarEditorTest {

    final TenantCalendarService calendars = mock(TenantCalendarService.class);

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        when(calendars.calendar()).thenReturn(new TenantCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(18, 0), new TreeSet<>(Set.of(LocalDate.of(2026, 5, 1))), TenantCalendar.ZONE));
        UI.getCurrent().add(new CalendarEditor(calendars));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void the_calendar_is_shown_as_stored_and_saved_with_the_holidays_added_and_removed() {
        assertThat(days().getValue()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(days().getItemLabelGenerator().apply(DayOfWeek.SATURDAY)).isEqualTo("Saturday");
        assertThat(get(TimePicker.class, "calendar-day-ends").getValue()).isEqualTo(LocalTime.of(18, 0));
        assertThat(get(Component.class, "calendar-holiday-2026-05-01").getElement().getTextRecursively())
                .isEqualTo("May 1, 2026");

        _setValue(get(DatePicker.class, "calendar-holiday"), LocalDate.of(2026, 12, 25));
        _click(get(Button.class, "calendar-add-holiday"));
        _click(get(Button.class, "calendar-holiday-2026-05-01-remove"));
        _setValue(days(), EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY));
        _setValue(get(TimePicker.class, "calendar-day-ends"), LocalTime.of(16, 30));
        when(calendars.save(any())).thenAnswer(call -> {
            SaveTenantCalendar c = call.getArgument(0);
            return new TenantCalendar(c.workingDays(), c.dayEnds(), c.holidays(), TenantCalendar.ZONE);
        });
        _click(get(Button.class, "calendar-save"));

        ArgumentCaptor<SaveTenantCalendar> saved = ArgumentCaptor.forClass(SaveTenantCalendar.class);
        verify(calendars).save(saved.capture());
        assertThat(saved.getValue().workingDays()).containsExactlyInAnyOrder(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(saved.getValue().dayEnds()).isEqualTo(LocalTime.of(16, 30));
        assertThat(saved.getValue().holidays()).containsExactly(LocalDate.of(2026, 12, 25));
    }

    @Test
    void no_working_day_is_refused_on_the_working_days_field_before_anything_is_saved() {
        _setValue(days(), Set.of());
        _click(get(Button.class, "calendar-save"));

        verify(calendars, never()).save(any());
        assertThat(days().isInvalid()).isTrue();
        assertThat(days().getErrorMessage()).isEqualTo("Choose at least one working day");
        assertThat(get(TimePicker.class, "calendar-day-ends").isInvalid()).isFalse();
    }

    @Test
    void the_cores_refusal_lands_on_the_field_it_names_and_a_holiday_listed_twice_is_pointed_out() {
        when(calendars.save(any())).thenThrow(new InvalidParameterException("dayEnds", "invalid-time", "midnight"));
        _click(get(Button.class, "calendar-save"));
        TimePicker dayEnds = get(TimePicker.class, "calendar-day-ends");
        assertThat(dayEnds.isInvalid()).isTrue();
        assertThat(dayEnds.getErrorMessage()).isEqualTo("Choose when the working day ends (after midnight)");

        DatePicker holiday = get(DatePicker.class, "calendar-holiday");
        _setValue(holiday, LocalDate.of(2026, 5, 1));
        _click(get(Button.class, "calendar-add-holiday"));
        assertThat(holiday.isInvalid()).isTrue();
        assertThat(holiday.getErrorMessage()).isEqualTo("This day is already a holiday");
    }

    @SuppressWarnings("unchecked")

    @Test
    void in_french_the_holiday_picker_says_nothing_in_english() {
        UI.getCurrent().removeAll();
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().add(new CalendarEditor(calendars));

        assertThat(_get(DatePicker.class, s -> s.withId("calendar-holiday")).getI18n().getToday())
                .isEqualTo("Aujourd’hui");
        assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();
    }

    private CheckboxGroup<DayOfWeek> days() {
        return get(CheckboxGroup.class, "calendar-working-days");
    }

    private static <T extends Component> T get(Class<T> type, String id) {
        return _get(type, s -> s.withId(id));
    }
}
