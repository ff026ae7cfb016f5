package app.lexdesk.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The texts Vaadin's components would otherwise show in English whatever the page's language (an upload's "Upload
 * Files...", a date picker's month names and "Today", a confirm dialog's "Cancel", screen-reader labels), set from
 * our message files in the language of the component's UI. Every Upload, DatePicker, ConfirmDialog,
 * MultiSelectComboBox, MenuBar, SideNav and AppLayout we create goes through here once it is built; a test opens our
 * pages in French and fails on any of those English defaults.
 *
 * <p>Month and day names come from the JDK's locale data, the rest from {@code messages*.properties}. Our two
 * languages are read as Europe reads them: weeks start on Monday and dates are typed day first, in English too.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    public static Upload apply(Upload upload) {
        upload.setI18n(upload(upload));
        return upload;
    }

    /** The upload box's texts in the tab's language, the failure of a file the core refused included. */
    public static UploadI18N upload(Component in) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(in.getTranslation("upload.add.one"))
                        .setMany(in.getTranslation("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(in.getTranslation("upload.drop.one"))
                        .setMany(in.getTranslation("upload.drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(in.getTranslation("upload.error.too-many"))
                        .setFileIsTooBig(in.getTranslation("upload.error.too-big"))
                        .setIncorrectFileType(in.getTranslation("upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(in.getTranslation("upload.status.connecting"))
                                .setStalled(in.getTranslation("upload.status.stalled"))
                                .setProcessing(in.getTranslation("upload.status.processing"))
                                .setHeld(in.getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(in.getTranslation("upload.remaining.prefix"))
                                .setUnknown(in.getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setForbidden(in.getTranslation("upload.error.refused"))
                                .setUnexpectedServerError(in.getTranslation("upload.error.failed"))
                                .setServerUnavailable(in.getTranslation("upload.error.failed"))))
                .setFile(new UploadI18N.File().setRetry(in.getTranslation("upload.file.retry"))
                        .setStart(in.getTranslation("upload.file.start"))
                        .setRemove(in.getTranslation("upload.file.remove")))
                .setUnits(Arrays.stream(in.getTranslation("upload.units").split(",")).map(String::strip).toList());
    }

    /** Month and day names, the first day of the week, "Today", "Cancel" and the typed format of the language. */
    public static DatePicker apply(DatePicker picker) {
        Locale locale = region(picker.getLocale());
        picker.setLocale(locale);
        // Vaadin lists weekdays from Sunday whatever the first day of the week.
        List<DayOfWeek> fromSunday = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Stream.of(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY)).toList();
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Stream.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(picker.getTranslation("component.date.today"))
                .setCancel(picker.getTranslation("component.date.cancel"))
                // Typed as shown, and also as ISO (2026-12-31), which every reader understands.
                .setDateFormats(picker.getTranslation("component.date.format"), "yyyy-MM-dd")
                .setBadInputErrorMessage(picker.getTranslation("component.date.bad-input")));
        return picker;
    }

    /** Cancel and reject in the tab's language, and confirm unless the dialog already names its action. */
    public static ConfirmDialog apply(ConfirmDialog dialog) {
        dialog.setCancelText(dialog.getTranslation("common.cancel"));
        dialog.setRejectText(dialog.getTranslation("component.confirm.reject"));
        if (dialog.getElement().getProperty("confirmText") == null) {
            dialog.setConfirmText(dialog.getTranslation("component.confirm.confirm"));
        }
        return dialog;
    }

    /** What screen readers announce as chips are added and removed. */
    public static <T> MultiSelectComboBox<T> apply(MultiSelectComboBox<T> box) {
        box.setI18n(new MultiSelectComboBoxI18n().setCleared(box.getTranslation("component.multi.cleared"))
                .setFocused(box.getTranslation("component.multi.focused"))
                .setSelected(box.getTranslation("component.multi.selected"))
                .setDeselected(box.getTranslation("component.multi.deselected"))
                .setTotal(box.getTranslation("component.multi.total")));
        return box;
    }

    /** The overflow button's name ("More options") when a menu does not fit. */
    public static MenuBar apply(MenuBar menu) {
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(menu.getTranslation("component.menu.more")));
        return menu;
    }

    public static SideNav apply(SideNav nav) {
        nav.setI18n(new SideNav.SideNavI18n().setToggle(nav.getTranslation("component.nav.toggle")));
        return nav;
    }

    public static AppLayout apply(AppLayout layout) {
        layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(layout.getTranslation("component.drawer")));
        return layout;
    }

    public static DrawerToggle apply(DrawerToggle toggle) {
        toggle.setAriaLabel(toggle.getTranslation("component.drawer.toggle"));
        return toggle;
    }

    /**
     * The UI speaks {@code en} or {@code fr} without a country: read English as British English (day first, Monday
     * first) and French as France's, the department's conventions, rather than the JDK's American default.
     */
    static Locale region(Locale locale) {
        if (locale == null || !locale.getCountry().isEmpty()) {
            return locale == null ? Locale.UK : locale;
        }
        return "fr".equals(locale.getLanguage()) ? Locale.FRANCE : Locale.UK;
    }
}
