package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.intake.FieldDefinition;
import app.lexdesk.core.intake.FieldProblem;
import app.lexdesk.core.intake.InvalidRequestException;
import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.intake.SaveRequestType;
import app.lexdesk.ui.common.MessageKeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/**
 * Creates or edits a request type: names and descriptions in both languages, default target, typed fields
 * (as JSON, checked by the core) and whether requesters are offered it. The core's problems land on fields.
 */
class RequestTypeDialog extends Dialog {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final TextField code = new TextField();
    private final RadioButtonGroup<RequestKind> kind = new RadioButtonGroup<>();
    private final TextField nameEn = new TextField();
    private final TextField nameFr = new TextField();
    private final TextArea descriptionEn = new TextArea();
    private final TextArea descriptionFr = new TextArea();
    private final TextField defaultTarget = new TextField();
    private final TextArea fields = new TextArea();
    private final Checkbox active = new Checkbox();

    RequestTypeDialog(RequestTypeService types, RequestTypeDetails existing, Runnable saved) {
        setId("request-type-dialog");
        setHeaderTitle(getTranslation(existing == null ? "settings.type.new" : "settings.type.edit"));
        code.setLabel(getTranslation("settings.type.code"));
        code.setId("type-code");
        kind.setLabel(getTranslation("settings.type.kind"));
        kind.setItems(RequestKind.values());
        nameEn.setLabel(getTranslation("settings.type.name.en"));
        nameEn.setId("type-name-en");
        nameFr.setLabel(getTranslation("settings.type.name.fr"));
        nameFr.setId("type-name-fr");
        descriptionEn.setLabel(getTranslation("settings.type.description.en"));
        descriptionFr.setLabel(getTranslation("settings.type.description.fr"));
        defaultTarget.setLabel(getTranslation("settings.type.target"));
        defaultTarget.setHelperText(getTranslation("settings.type.target.help"));
        defaultTarget.setId("type-target");
        fields.setLabel(getTranslation("settings.type.fields"));
        fields.setId("type-fields");
        fields.setWidthFull();
        fields.setMinHeight("12em");
        active.setLabel(getTranslation("settings.type.active"));
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            kind.setValue(existing.kind());
            kind.setReadOnly(true);
            nameEn.setValue(existing.nameEn());
            nameFr.setValue(existing.nameFr());
            descriptionEn.setValue(existing.descriptionEn());
            descriptionFr.setValue(existing.descriptionFr());
            defaultTarget.setValue(existing.defaultTarget() == null ? "" : existing.defaultTarget());
            fields.setValue(json(existing.fields()));
            active.setValue(existing.active());
        } else {
            kind.setValue(RequestKind.MATTER);
            fields.setValue("[]");
            active.setValue(true);
        }
        FormLayout form = new FormLayout(code, kind, nameEn, nameFr, descriptionEn, descriptionFr, defaultTarget, active);
        form.add(fields, 2);
        add(form);
        Button save = new Button(getTranslation("settings.save"), e -> save(types, saved));
        save.setId("type-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("settings.cancel"), e -> close()), save);
        setWidth("min(60em, 95vw)");
    }

    private void save(RequestTypeService types, Runnable saved) {
        List<FieldDefinition> definitions;
        try {
            definitions = JSON.readValue(fields.getValue().isBlank() ? "[]" : fields.getValue(), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            fields.setErrorMessage(getTranslation("settings.plugin.notjson"));
            fields.setInvalid(true);
            return;
        }
        try {
            types.save(new SaveRequestType(code.getValue().strip(), kind.getValue(), nameEn.getValue().strip(),
                    nameFr.getValue().strip(), descriptionEn.getValue(), descriptionFr.getValue(),
                    defaultTarget.getValue().strip(), definitions, active.getValue()));
            saved.run();
            close();
        } catch (InvalidRequestException e) {
            show(e.problems());
        }
    }

    private void show(List<FieldProblem> problems) {
        Map<String, HasValidation> byPath = Map.of("code", code, "nameEn", nameEn, "nameFr", nameFr,
                "defaultTarget", defaultTarget);
        List.of(code, nameEn, nameFr, defaultTarget, fields).forEach(f -> f.setInvalid(false));
        for (FieldProblem problem : problems) {
            HasValidation target = problem.field().startsWith("fields") ? fields : byPath.get(problem.field());
            if (target != null) {
                target.setErrorMessage(problem.field().startsWith("fields") ? problem.message()
                        : getTranslation(MessageKeys.problem(problem.code())));
                target.setInvalid(true);
            }
        }
    }

    private static String json(List<FieldDefinition> definitions) {
        try {
            return JSON.writeValueAsString(definitions);
        } catch (JsonProcessingException e) {
            return "[]";
        }
    }
}
