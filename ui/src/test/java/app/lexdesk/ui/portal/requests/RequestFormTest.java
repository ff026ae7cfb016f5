package app.lexdesk.ui.portal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.intake.FieldDefinition;
import app.lexdesk.core.intake.FieldProblem;
import app.lexdesk.core.intake.FieldType;
import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.ui.common.EnglishDefaults;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form without a browser: typed fields become the core's command, and the core's problems land on fields. */
class RequestFormTest {

    static final RequestTypeDetails LITIGATION = new RequestTypeDetails(null, "litigation", RequestKind.MATTER,
            "Litigation", "Contentieux", "", "", "LITIGATION", List.of(
            new FieldDefinition("counterparty", FieldType.SHORT_TEXT, true, "Other party", "Partie adverse", "", "", null),
            new FieldDefinition("amount", FieldType.MONEY, false, "Amount", "Montant", "", "", null),
            new FieldDefinition("deadline", FieldType.DATE, false, "Deadline", "Échéance", "", "", null),
            new FieldDefinition("served", FieldType.YES_NO, false, "Served", "Signifié", "", "", null),
            new FieldDefinition("court", FieldType.CHOICE, false, "Court", "Tribunal", "", "", List.of(
                    new FieldDefinition.Option("commercial", "Commercial", "Commerce")))), true);

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void typed_inputs_become_the_commands_text_values_with_a_stable_idempotency_key() {
        RequestForm form = new RequestForm(LITIGATION, Locale.ENGLISH);
        field(form, "field-subject", TextField.class).setValue("Claim from supplier");
        field(form, "field-counterparty", TextField.class).setValue("Supplier SA");
        field(form, "field-amount", BigDecimalField.class).setValue(new BigDecimal("12500.50"));
        field(form, "field-deadline", DatePicker.class).setValue(LocalDate.of(2026, 12, 31));
        field(form, "field-served", Checkbox.class).setValue(true);
        @SuppressWarnings("unchecked")
        Select<FieldDefinition.Option> court = field(form, "field-court", Select.class);
        court.setValue(LITIGATION.fields().get(4).options().get(0));

        SubmitRequest first = form.command(Locale.FRENCH);
        assertThat(first.fields()).containsEntry("counterparty", "Supplier SA").containsEntry("amount", "12500.50")
                .containsEntry("deadline", "2026-12-31").containsEntry("served", "true")
                .containsEntry("court", "commercial");
        assertThat(first.language()).isEqualTo("fr");
        assertThat(form.command(Locale.FRENCH).idempotencyKey()).isEqualTo(first.idempotencyKey()).isNotBlank();
    }

    @Test
    void the_cores_problems_mark_the_fields_they_name() {
        RequestForm form = new RequestForm(LITIGATION, Locale.ENGLISH);
        form.show(List.of(new FieldProblem("subject", "required", "A subject is required."),
                new FieldProblem("fields.counterparty", "required", "Other party is required.")));
        assertThat(field(form, "field-subject", TextField.class).isInvalid()).isTrue();
        assertThat(field(form, "field-counterparty", TextField.class).isInvalid()).isTrue();
        assertThat(field(form, "field-amount", BigDecimalField.class).isInvalid()).isFalse();

        form.show(List.of());
        assertThat(field(form, "field-subject", TextField.class).isInvalid()).isFalse();
    }


    @Test
    void in_french_the_forms_upload_box_and_date_picker_say_nothing_in_english() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.tearDown();
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.FRENCH);
        try {
            UI.getCurrent().add(new RequestForm(LITIGATION, Locale.FRENCH, (name, size, content) -> null, 1_000_000));

            assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();
        } finally {
            System.clearProperty("vaadin.i18n.provider");
        }
    }

    private static <T> T field(RequestForm form, String id, Class<T> type) {
        return form.getChildren().filter(c -> c.getId().orElse("").equals(id)).findFirst().map(type::cast).orElseThrow();
    }
}
