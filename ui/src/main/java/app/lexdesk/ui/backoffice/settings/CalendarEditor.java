package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.calendar.SaveTenantCalendar;
import app.lexdesk.core.calendar.TenantCalendar;
import app.lexdesk.core.calendar.TenantCalendarService;
import app.lexdesk.ui.common.ComponentTexts;
import app.lexdesk.ui.common.Formats;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Settings → Working days: the weekdays the legal team works, when its working day ends and its public holidays,
 * which first-answer promises count in. The core checks the whole; its refusal lands on the input it names.
 */
class CalendarEditor extends VerticalLayout {

    private final TenantCalendarService calendars;
    private final CheckboxGroup<DayOfWeek> workingDays = new CheckboxGroup<>();
    private final TimePicker dayEnds = new TimePicker();
    private final DatePicker holiday = new DatePicker();
    private final Div holidayList = new Div();
    private final SortedSet<LocalDate> holidays = new TreeSet<>();

    CalendarEditor(TenantCalendarService calendars) {
        this.calendars = calendars;
        setId("calendar-editor");
        setPadding(false);
        Paragraph intro = new Paragraph(getTranslation("calendar.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        workingDays.setId("calendar-working-days");
        workingDays.setLabel(getTranslation("calendar.working-days"));
        workingDays.setItems(DayOfWeek.values());
        workingDays.setItemLabelGenerator(d -> getTranslation(dayKey(d)));
        dayEnds.setId("calendar-day-ends");
        dayEnds.setLabel(getTranslation("calendar.day-ends"));
        dayEnds.setHelperText(getTranslation("calendar.day-ends.help"));
        dayEnds.setStep(Duration.ofMinutes(15));
        holiday.setId("calendar-holiday");
        holiday.setLabel(getTranslation("calendar.holiday"));
        holiday.setLocale(getLocale());
        ComponentTexts.apply(holiday);
        Button add = new Button(getTranslation("calendar.holiday.add"), e -> addHoliday());
        add.setId("calendar-add-holiday");
        HorizontalLayout adding = new HorizontalLayout(holiday, add);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        holidayList.setId("calendar-holidays");
        holidayList.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        Button save = new Button(getTranslation("settings.save"), e -> save());
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(intro, workingDays, dayEnds, adding, holidayList, save);
        show(calendars.calendar());
    }

    private void show(TenantCalendar calendar) {
        workingDays.setValue(calendar.workingDays());
        dayEnds.setValue(calendar.dayEnds());
        holidays.clear();
        holidays.addAll(calendar.holidays());
        listHolidays();
    }

    private void addHoliday() {
        LocalDate day = holiday.getValue();
        if (day == null) {
            invalid(holiday, getTranslation("calendar.error.holiday-date"));
            return;
        }
        if (!holidays.add(day)) {
            invalid(holiday, getTranslation("calendar.error.holiday-listed"));
            return;
        }
        holiday.setInvalid(false);
        holiday.clear();
        listHolidays();
    }

    private void listHolidays() {
        holidayList.removeAll();
        if (holidays.isEmpty()) {
            Span none = new Span(getTranslation("calendar.holidays.none"));
            none.setId("calendar-holidays-none");
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            holidayList.add(none);
        }
        for (LocalDate day : holidays) {
            Span chip = new Span(Formats.date(day, getLocale()));
            chip.setId("calendar-holiday-" + day);
            chip.getElement().getThemeList().add("badge contrast");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                holidays.remove(day);
                listHolidays();
            });
            remove.setId("calendar-holiday-" + day + "-remove");
            remove.setAriaLabel(getTranslation("calendar.holiday.remove", Formats.date(day, getLocale())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            chip.add(remove);
            holidayList.add(chip);
        }
    }

    private void save() {
        Map<String, HasValidation> byField = Map.of("workingDays", workingDays, "dayEnds", dayEnds,
                "holidays", holiday);
        byField.values().forEach(f -> f.setInvalid(false));
        try {
            show(calendars.save(SaveTenantCalendar.of(workingDays.getValue(), dayEnds.getValue(), holidays)));
            Notification.show(getTranslation("settings.saved"));
        } catch (InvalidParameterException e) {
            invalid(byField.getOrDefault(e.field(), holiday), message(e));
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** The administrator's language for the codes the core uses here; the core's English text for any other. */
    private String message(InvalidParameterException e) {
        String key = switch (e.field() + "/" + e.code()) {
            case "workingDays/required" -> "calendar.error.working-days";
            case "dayEnds/required", "dayEnds/invalid-time" -> "calendar.error.day-ends";
            case "holidays/too-many" -> "calendar.error.holidays-too-many";
            case "holidays/out-of-range" -> "calendar.error.holidays-range";
            default -> null;
        };
        return key == null ? e.getMessage() : getTranslation(key, SaveTenantCalendar.HOLIDAYS_MAX);
    }

    private static String dayKey(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "calendar.day.monday";
            case TUESDAY -> "calendar.day.tuesday";
            case WEDNESDAY -> "calendar.day.wednesday";
            case THURSDAY -> "calendar.day.thursday";
            case FRIDAY -> "calendar.day.friday";
            case SATURDAY -> "calendar.day.saturday";
            case SUNDAY -> "calendar.day.sunday";
        };
    }
}
