package app.lexdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Vaadin's components speak the page's language: French texts on a French page, none of their English defaults. */
class ComponentTextsTest {

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void a_french_upload_box_says_everything_in_french() {
        in(Locale.FRENCH);
        Upload upload = ComponentTexts.apply(new Upload());
        UI.getCurrent().add(upload);

        assertThat(upload.getI18n().getAddFiles().getMany()).isEqualTo("Ajouter des fichiers…");
        assertThat(upload.getI18n().getDropFiles().getMany()).isEqualTo("Déposez les fichiers ici");
        assertThat(upload.getI18n().getFile().getRemove()).isEqualTo("Retirer");
        assertThat(upload.getI18n().getUnits().getSize()).startsWith("o", "ko", "Mo");
        assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();
    }

    @Test
    void a_french_date_picker_names_french_months_and_days_starts_on_monday_and_reads_day_first() {
        in(Locale.FRENCH);
        DatePicker picker = ComponentTexts.apply(new DatePicker());
        UI.getCurrent().add(picker);

        DatePicker.DatePickerI18n i18n = picker.getI18n();
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("janvier", "février").endsWith("décembre");
        assertThat(i18n.getWeekdays()).as("Vaadin lists them from Sunday").startsWith("dimanche", "lundi");
        assertThat(i18n.getWeekdaysShort()).startsWith("dim.", "lun.");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Aujourd’hui");
        assertThat(i18n.getCancel()).isEqualTo("Annuler");
        assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy", "yyyy-MM-dd");
        assertThat(picker.getLocale()).isEqualTo(Locale.FRANCE);
        assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();
    }

    @Test
    void an_english_date_picker_reads_as_british_english_day_first_from_monday() {
        in(Locale.ENGLISH);
        DatePicker.DatePickerI18n i18n = ComponentTexts.apply(new DatePicker()).getI18n();

        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getWeekdays()).startsWith("Sunday", "Monday");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(i18n.getToday()).isEqualTo("Today");
    }

    @Test
    void a_confirm_dialog_keeps_the_action_it_names_and_gets_french_cancel_and_reject() {
        in(Locale.FRENCH);
        ConfirmDialog named = ComponentTexts.apply(new ConfirmDialog("Titre", "Texte", "Partager", e -> { }));
        ConfirmDialog plain = ComponentTexts.apply(new ConfirmDialog());
        UI.getCurrent().add(named, plain);

        assertThat(named.getElement().getProperty("confirmText")).isEqualTo("Partager");
        assertThat(named.getElement().getProperty("cancelText")).isEqualTo("Annuler");
        assertThat(plain.getElement().getProperty("confirmText")).isEqualTo("Confirmer");
        assertThat(plain.getElement().getProperty("rejectText")).isEqualTo("Refuser");
        assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();
    }

    @Test
    void components_left_to_their_defaults_are_found() {
        in(Locale.FRENCH);
        UI.getCurrent().add(new Upload(), new DatePicker(), new ConfirmDialog(), new MultiSelectComboBox<String>(),
                new MenuBar());

        assertThat(EnglishDefaults.in(UI.getCurrent())).hasSize(7)
                .anyMatch(f -> f.startsWith("Upload has no i18n"))
                .anyMatch(f -> f.startsWith("DatePicker has no i18n"))
                .anyMatch(f -> f.startsWith("ConfirmDialog has no cancelText"));
    }

    /**
     * A guard for the next component: a class that builds one of these must give it our texts (the French page tests
     * only see the components they open).
     */
    @Test
    void every_class_building_an_upload_date_picker_or_confirm_dialog_sets_its_texts() throws IOException {
        Pattern builds = Pattern.compile("new (Upload|DatePicker|ConfirmDialog|MultiSelectComboBox)\\b");
        List<String> without = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                if (builds.matcher(code).find() && !code.contains("ComponentTexts.apply(")
                        && !source.endsWith("ComponentTexts.java")) {
                    without.add(source.toString());
                }
            }
        }
        assertThat(without).isEmpty();
    }

    private static void in(Locale locale) {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(locale);
    }
}
