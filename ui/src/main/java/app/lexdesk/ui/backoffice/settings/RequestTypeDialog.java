package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractType;
import app.lexdesk.core.intake.FieldProblem;
import app.lexdesk.core.intake.InvalidRequestException;
import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.intake.SaveRequestType;
import app.lexdesk.core.matters.Board;
import app.lexdesk.core.matters.MatterService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Creates or edits a request type: names and descriptions in both languages, the default target (a board for
 * a matter type, a contract type for a contract type, or none to let classification decide), the business days
 * within which a first answer is promised (none when empty), its typed fields and whether requesters are offered it. The core judges the whole; its problems land on the inputs they name.
 */
class RequestTypeDialog extends Dialog {

    private final TextField code = new TextField();
    private final RadioButtonGroup<RequestKind> kind = new RadioButtonGroup<>();
    private final TextField nameEn = new TextField();
    private final TextField nameFr = new TextField();
    private final TextArea descriptionEn = new TextArea();
    private final TextArea descriptionFr = new TextArea();
    private final Select<String> defaultTarget = new Select<>();
    private final IntegerField firstResponseDays = new IntegerField();
    private final Checkbox active = new Checkbox();
    private final FieldsEditor fields;
    private final Span problems = new Span();
    private final Map<RequestKind, Map<String, String>> targets = new LinkedHashMap<>();

    RequestTypeDialog(RequestTypeService types, MatterService matters, ContractService contracts,
            RequestTypeDetails existing, Runnable saved) {
        setId("request-type-dialog");
        setHeaderTitle(getTranslation(existing == null ? "settings.type.new" : "settings.type.edit"));
        targets.put(RequestKind.MATTER, matters.boards().stream().collect(Collectors.toMap(Board::code,
                b -> b.name(getLocale()), (a, b) -> a, LinkedHashMap::new)));
        targets.put(RequestKind.CONTRACT, contracts.types().stream().collect(Collectors.toMap(ContractType::code,
                t -> t.name(getLocale()), (a, b) -> a, LinkedHashMap::new)));
        code.setLabel(getTranslation("settings.type.code"));
        code.setId("type-code");
        kind.setLabel(getTranslation("settings.type.kind"));
        kind.setId("type-kind");
        kind.setItems(RequestKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(kindKey(k)));
        nameEn.setLabel(getTranslation("settings.type.name.en"));
        nameEn.setId("type-name-en");
        nameFr.setLabel(getTranslation("settings.type.name.fr"));
        nameFr.setId("type-name-fr");
        descriptionEn.setLabel(getTranslation("settings.type.description.en"));
        descriptionEn.setId("type-description-en");
        descriptionFr.setLabel(getTranslation("settings.type.description.fr"));
        descriptionFr.setId("type-description-fr");
        defaultTarget.setLabel(getTranslation("settings.type.target"));
        defaultTarget.setHelperText(getTranslation("settings.type.target.help"));
        defaultTarget.setId("type-target");
        defaultTarget.setEmptySelectionAllowed(true);
        defaultTarget.setEmptySelectionCaption(getTranslation("settings.type.target.classification"));
        // The closed select shows nothing for the empty choice; the placeholder names it.
        defaultTarget.setPlaceholder(getTranslation("settings.type.target.classification"));
        firstResponseDays.setLabel(getTranslation("settings.type.first-response"));
        firstResponseDays.setHelperText(getTranslation("settings.type.first-response.help"));
        firstResponseDays.setId("type-first-response-days");
        firstResponseDays.setMin(1);
        firstResponseDays.setMax(SaveRequestType.FIRST_RESPONSE_DAYS_MAX);
        firstResponseDays.setStepButtonsVisible(true);
        firstResponseDays.setClearButtonVisible(true);
        active.setLabel(getTranslation("settings.type.active"));
        active.setId("type-active");
        fields = new FieldsEditor(existing == null ? List.of() : existing.fields());
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            kind.setValue(existing.kind());
            kind.setReadOnly(true);
            nameEn.setValue(existing.nameEn());
            nameFr.setValue(existing.nameFr());
            descriptionEn.setValue(existing.descriptionEn());
            descriptionFr.setValue(existing.descriptionFr());
            offerTargets(existing.kind(), existing.defaultTarget());
            firstResponseDays.setValue(existing.firstResponseDays());
            active.setValue(existing.active());
        } else {
            kind.setValue(RequestKind.MATTER);
            offerTargets(RequestKind.MATTER, null);
            active.setValue(true);
        }
        kind.addValueChangeListener(e -> offerTargets(e.getValue(), null));
        problems.setId("type-problems");
        problems.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        FormLayout form = new FormLayout(code, kind, nameEn, nameFr, descriptionEn, descriptionFr, defaultTarget,
                firstResponseDays, active);
        fields.addClassNames(LumoUtility.Margin.Top.MEDIUM);
        add(problems, form, fields);
        Button save = new Button(getTranslation("settings.save"), e -> save(types, saved));
        save.setId("type-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("settings.cancel"), e -> close());
        cancel.setId("type-cancel");
        getFooter().add(cancel, save);
        setWidth("min(60em, 95vw)");
    }

    /**
     * Offers the targets of {@code chosen} (boards or contract types) and selects {@code current}; a stored
     * target the tenant no longer has stays listed under its code, so the core can say what is wrong with it.
     */
    private void offerTargets(RequestKind chosen, String current) {
        Map<String, String> offered = new LinkedHashMap<>(chosen == null ? Map.of() : targets.get(chosen));
        if (current != null) {
            offered.putIfAbsent(current, current);
        }
        defaultTarget.setItems(new ArrayList<>(offered.keySet()));
        defaultTarget.setItemLabelGenerator(c -> c == null ? "" : offered.getOrDefault(c, c));
        defaultTarget.setValue(current);
    }

    /** The command the dialog would save now: what the administrator sees, in the order they arranged it. */
    SaveRequestType command() {
        return new SaveRequestType(code.getValue().strip(), kind.getValue(), nameEn.getValue().strip(),
                nameFr.getValue().strip(), descriptionEn.getValue(), descriptionFr.getValue(), defaultTarget.getValue(),
                fields.definitions(), active.getValue(), firstResponseDays.getValue());
    }

    private void save(RequestTypeService types, Runnable saved) {
        try {
            types.save(command());
            saved.run();
            close();
        } catch (InvalidRequestException e) {
            show(e.problems());
        }
    }

    /** Puts each problem on the input it names; one that names none is listed above the form. */
    void show(List<FieldProblem> found) {
        Map<String, HasValidation> byPath = Map.of("code", code, "kind", kind, "nameEn", nameEn, "nameFr", nameFr,
                "descriptionEn", descriptionEn, "descriptionFr", descriptionFr, "defaultTarget", defaultTarget,
                "firstResponseDays", firstResponseDays);
        byPath.values().forEach(f -> f.setInvalid(false));
        fields.clearProblems();
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem problem : found) {
            String path = problem.field() == null ? "" : problem.field();
            HasValidation target = byPath.containsKey(path) ? byPath.get(path) : fields.reveal(path);
            if (target == null) {
                unplaced.add(message(problem));
            } else {
                target.setErrorMessage(message(problem));
                target.setInvalid(true);
            }
        }
        problems.setText(String.join(" ", unplaced));
        problems.setVisible(!unplaced.isEmpty());
    }

    /** The administrator's language for the codes the core uses here; the core's English text for any other. */
    private String message(FieldProblem problem) {
        String key = switch (problem.code() == null ? "" : problem.code()) {
            case "required" -> String.valueOf(problem.field()).endsWith(".options") ? "settings.error.nooptions"
                    : "request.error.required";
            case "invalid-code" -> "settings.error.invalid-code";
            case "duplicate-code" -> "settings.error.duplicate";
            case "unknown-target" -> "settings.error.unknown-target";
            case "kind-fixed" -> "settings.error.kindfixed";
            case "out-of-range" -> "settings.error.first-response-days";
            default -> null;
        };
        return key == null ? problem.message() : getTranslation(key);
    }

    static String kindKey(RequestKind kind) {
        return switch (kind) {
            case MATTER -> "settings.type.kind.matter";
            case CONTRACT -> "settings.type.kind.contract";
        };
    }
}
