package app.lexdesk.ui.backoffice.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractType;
import app.lexdesk.core.intake.FieldDefinition;
import app.lexdesk.core.intake.FieldDefinition.Option;
import app.lexdesk.core.intake.FieldProblem;
import app.lexdesk.core.intake.FieldType;
import app.lexdesk.core.intake.InvalidRequestException;
import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.intake.SaveRequestType;
import app.lexdesk.core.matters.Board;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The request type dialog without a browser: what the administrator arranges becomes the core's command, the
 * core's problems land on the inputs they name, and the default target offers what the kind allows.
 */
class RequestTypeDialogTest {

    final RequestTypeService types = mock(RequestTypeService.class);
    final MatterService matters = mock(MatterService.class);
    final ContractService contracts = mock(ContractService.class);
    final AtomicInteger saved = new AtomicInteger();
    RequestTypeDialog dialog;

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        when(matters.boards()).thenReturn(List.of(new Board("CORPORATE", "Corporate", "Dossiers corporatifs"),
                new Board("LITIGATION", "Litigation", "Contentieux")));
        when(contracts.types()).thenReturn(List.of(new ContractType("NDA", "Non-disclosure agreement",
                "Accord de confidentialité"), new ContractType("SERVICES", "Services agreement", "Contrat de services")));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void fields_added_removed_and_reordered_are_saved_in_the_order_the_administrator_left_them() {
        open(null);
        _setValue(text("type-code"), "hearing");
        _setValue(text("type-name-en"), "Court hearing");
        _setValue(text("type-name-fr"), "Audience");
        addField("Court", "Tribunal", FieldType.CHOICE);
        addOption(0, "Commercial court", "Tribunal de commerce");
        addOption(0, "Labour court", "Conseil de prud’hommes");
        addField("Notes", "Notes", FieldType.LONG_TEXT);
        addField("Hearing date", "Date d’audience", FieldType.DATE);
        _setValue(get(Checkbox.class, "type-field-2-required"), true);

        _click(get(Button.class, "type-field-1-remove"));
        _click(get(Button.class, "type-field-1-up"));
        _click(get(Button.class, "type-field-1-option-1-up"));
        _click(get(Button.class, "type-save"));

        SaveRequestType command = saved();
        assertThat(command.code()).isEqualTo("hearing");
        assertThat(command.kind()).isEqualTo(RequestKind.MATTER);
        assertThat(command.defaultTarget()).as("nothing chosen: classification decides").isNull();
        assertThat(command.fields()).containsExactly(
                new FieldDefinition("hearing-date", FieldType.DATE, true, "Hearing date", "Date d’audience", "", "",
                        List.of()),
                new FieldDefinition("court", FieldType.CHOICE, false, "Court", "Tribunal", "", "", List.of(
                        new Option("labour-court", "Labour court", "Conseil de prud’hommes"),
                        new Option("commercial-court", "Commercial court", "Tribunal de commerce"))));
        assertThat(saved.get()).isEqualTo(1);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_core_problem_on_a_french_label_marks_that_fields_input_and_nothing_is_saved() {
        open(null);
        addField("Court", "Tribunal", FieldType.CHOICE);
        addOption(0, "Commercial", "Commerce");
        addOption(0, "Labour", "Prud’hommes");
        addField("Hearing date", "", FieldType.DATE);
        when(types.save(any())).thenThrow(new InvalidRequestException(List.of(
                new FieldProblem("fields[1].labelFr", "required", "Each field needs a French label."),
                new FieldProblem("fields[0].options[1].code", "duplicate-code", "Another option already uses it."),
                new FieldProblem("somewhere", "odd", "Something the form has no input for."))));

        _click(get(Button.class, "type-save"));

        TextField frenchLabel = text("type-field-1-label-fr");
        assertThat(frenchLabel.isInvalid()).isTrue();
        assertThat(frenchLabel.getErrorMessage()).isEqualTo("Required");
        assertThat(text("type-field-0-label-fr").isInvalid()).isFalse();
        assertThat(text("type-field-1-label-en").isInvalid()).isFalse();
        TextField optionCode = text("type-field-0-option-1-code");
        assertThat(optionCode.isInvalid()).isTrue();
        assertThat(optionCode.getErrorMessage()).isEqualTo("Already used in this list; choose another code");
        assertThat(get(Span.class, "type-problems").getText()).isEqualTo("Something the form has no input for.");
        assertThat(saved.get()).as("nothing was saved").isZero();
        assertThat(dialog.isOpened()).isTrue();

        doReturn(null).when(types).save(any());
        _setValue(text("type-field-1-label-fr"), "Date d’audience");
        _click(get(Button.class, "type-save"));
        assertThat(saved.get()).isEqualTo(1);
    }

    @Test
    void the_target_offers_boards_for_a_matter_and_contract_types_for_a_contract() {
        open(null);
        @SuppressWarnings("unchecked")
        Select<String> target = get(Select.class, "type-target");
        assertThat(target.getListDataView().getItems()).containsExactly("CORPORATE", "LITIGATION");
        assertThat(target.getItemLabelGenerator().apply("LITIGATION")).isEqualTo("Litigation");
        assertThat(target.getEmptySelectionCaption()).isEqualTo("Decided by classification");
        assertThat(target.isEmptySelectionAllowed()).isTrue();
        _setValue(target, "LITIGATION");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<RequestKind> kind = get(RadioButtonGroup.class, "type-kind");
        _setValue(kind, RequestKind.CONTRACT);
        assertThat(target.getListDataView().getItems()).containsExactly("NDA", "SERVICES");
        assertThat(target.getItemLabelGenerator().apply("NDA")).isEqualTo("Non-disclosure agreement");
        assertThat(target.getValue()).as("a board is no contract type").isNull();
        _setValue(target, "NDA");
        _setValue(text("type-code"), "nda-light");
        _click(get(Button.class, "type-save"));
        assertThat(saved().defaultTarget()).isEqualTo("NDA");
    }

    @Test
    void an_existing_type_opens_with_its_fields_folded_and_keeps_their_codes() {
        open(new RequestTypeDetails(null, "litigation", RequestKind.MATTER, "Litigation", "Contentieux", "", "",
                "LITIGATION", List.of(new FieldDefinition("counterparty", FieldType.SHORT_TEXT, true, "Other party",
                        "Partie adverse", "", "", null)), true));
        assertThat(text("type-code").isReadOnly()).isTrue();
        assertThat(get(Select.class, "type-target").getValue()).isEqualTo("LITIGATION");
        assertThat(get(Component.class, "type-field-0-summary").getElement().getText())
                .isEqualTo("Other party · Short text · Required");
        _setValue(text("type-field-0-label-en"), "Opposing party");
        _click(get(Button.class, "type-save"));
        assertThat(saved().fields()).extracting(FieldDefinition::code, FieldDefinition::labelEn)
                .containsExactly(tuple("counterparty", "Opposing party"));
    }

    @Test
    void the_first_answer_target_is_saved_in_business_days_and_the_cores_refusal_shows_on_its_field() {
        open(null);
        _setValue(text("type-code"), "urgent");
        _setValue(text("type-name-en"), "Urgent question");
        _setValue(text("type-name-fr"), "Question urgente");
        IntegerField days = get(IntegerField.class, "type-first-response-days");
        assertThat(days.getLabel()).isEqualTo("First answer within (business days)");
        _setValue(days, 0);
        when(types.save(any())).thenThrow(new InvalidRequestException(List.of(new FieldProblem("firstResponseDays",
                "out-of-range", "A first answer is promised within 1 to 60 business days, or not at all."))));
        _click(get(Button.class, "type-save"));

        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("From 1 to 60 business days, or empty for no promise");
        assertThat(text("type-name-en").isInvalid()).isFalse();
        assertThat(saved.get()).isZero();

        doReturn(null).when(types).save(any());
        _setValue(days, 3);
        _click(get(Button.class, "type-save"));
        ArgumentCaptor<SaveRequestType> command = ArgumentCaptor.forClass(SaveRequestType.class);
        verify(types, org.mockito.Mockito.times(2)).save(command.capture());
        assertThat(command.getValue().firstResponseDays()).isEqualTo(3);
        assertThat(days.isInvalid()).isFalse();
        assertThat(saved.get()).isEqualTo(1);
    }

    @Test
    void an_existing_types_target_is_shown_and_emptying_it_promises_nothing() {
        open(new RequestTypeDetails(null, "nda", RequestKind.CONTRACT, "NDA", "Accord de confidentialité", "", "",
                "NDA", List.of(), true, 2));
        IntegerField days = get(IntegerField.class, "type-first-response-days");
        assertThat(days.getValue()).isEqualTo(2);
        _setValue(days, null);
        _click(get(Button.class, "type-save"));
        assertThat(saved().firstResponseDays()).isNull();
    }

    private void open(RequestTypeDetails existing) {
        dialog = new RequestTypeDialog(types, matters, contracts, existing, saved::incrementAndGet);
        dialog.open();
        MockVaadin.clientRoundtrip();
    }

    private void addField(String labelEn, String labelFr, FieldType type) {
        _click(get(Button.class, "type-add-field"));
        int index = _get(dialog, FieldsEditor.class).rows().size() - 1;
        String id = "type-field-" + index;
        _setValue(text(id + "-label-en"), labelEn);
        _setValue(text(id + "-label-fr"), labelFr);
        @SuppressWarnings("unchecked")
        Select<FieldType> select = get(Select.class, id + "-type");
        _setValue(select, type);
    }

    private void addOption(int field, String labelEn, String labelFr) {
        _click(get(Button.class, "type-field-" + field + "-add-option"));
        int index = _get(dialog, OptionsEditor.class, s -> s.withId("type-field-" + field + "-options")).rows().size() - 1;
        String id = "type-field-" + field + "-option-" + index;
        _setValue(text(id + "-label-en"), labelEn);
        _setValue(text(id + "-label-fr"), labelFr);
    }

    private SaveRequestType saved() {
        ArgumentCaptor<SaveRequestType> command = ArgumentCaptor.forClass(SaveRequestType.class);
        verify(types).save(command.capture());
        return command.getValue();
    }

    private TextField text(String id) {
        return get(TextField.class, id);
    }

    private <T extends Component> T get(Class<T> type, String id) {
        return _get(type, s -> s.withId(id));
    }
}
