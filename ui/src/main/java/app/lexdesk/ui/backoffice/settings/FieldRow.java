package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.intake.FieldDefinition;
import app.lexdesk.core.intake.FieldType;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/**
 * One field of a request type, folded to a summary line ("Hearing date · Date · Required") and opened to edit
 * its labels, help, type, code and, for a choice, its options. A stored field starts folded, a new one open.
 */
final class FieldRow extends HorizontalLayout implements ErrorText.Shown {

    final TextField labelEn = new TextField();
    final TextField labelFr = new TextField();
    final TextField helpEn = new TextField();
    final TextField helpFr = new TextField();
    final Select<FieldType> type = new Select<>();
    final TextField code = new TextField();
    final Checkbox required = new Checkbox();
    final OptionsEditor options;
    final Button up = new Button();
    final Button down = new Button();
    final Button remove = new Button();
    private final Span summary = new Span();
    private final ErrorText error = new ErrorText();
    private final Details details;

    FieldRow(FieldDefinition field) {
        labelEn.setLabel(getTranslation("settings.field.label.en"));
        labelFr.setLabel(getTranslation("settings.field.label.fr"));
        helpEn.setLabel(getTranslation("settings.field.help.en"));
        helpFr.setLabel(getTranslation("settings.field.help.fr"));
        type.setLabel(getTranslation("settings.field.type"));
        type.setItems(FieldType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(typeKey(t)));
        code.setLabel(getTranslation("settings.field.code"));
        code.setHelperText(getTranslation("settings.field.code.help"));
        required.setLabel(getTranslation("settings.field.required"));
        options = new OptionsEditor(field == null ? List.of() : field.options());
        if (field != null) {
            labelEn.setValue(field.labelEn() == null ? "" : field.labelEn());
            labelFr.setValue(field.labelFr() == null ? "" : field.labelFr());
            helpEn.setValue(field.helpEn());
            helpFr.setValue(field.helpFr());
            type.setValue(field.type());
            code.setValue(field.code() == null ? "" : field.code());
            required.setValue(field.required());
        } else {
            type.setValue(FieldType.SHORT_TEXT);
            SuggestedCode.follow(labelEn, code);
        }
        options.setVisible(type.getValue() == FieldType.CHOICE);
        type.addValueChangeListener(e -> options.setVisible(e.getValue() == FieldType.CHOICE));
        List.of(labelEn, labelFr).forEach(f -> f.addValueChangeListener(e -> summarise()));
        type.addValueChangeListener(e -> summarise());
        required.addValueChangeListener(e -> summarise());
        summarise();

        FormLayout form = new FormLayout(labelEn, labelFr, helpEn, helpFr, type, code, required);
        form.add(options, 2);
        details = new Details(summary, form, error);
        details.setOpened(field == null);
        details.setWidthFull();
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.START);
        addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.Horizontal.SMALL);
        add(details);
    }

    /** Gives the row and its inputs the ids of {@code id} (e.g. {@code type-field-1-label-fr}). */
    void ids(String id, boolean first, boolean last) {
        setId(id);
        summary.setId(id + "-summary");
        labelEn.setId(id + "-label-en");
        labelFr.setId(id + "-label-fr");
        helpEn.setId(id + "-help-en");
        helpFr.setId(id + "-help-fr");
        type.setId(id + "-type");
        code.setId(id + "-code");
        required.setId(id + "-required");
        up.setId(id + "-up");
        down.setId(id + "-down");
        remove.setId(id + "-remove");
        up.setEnabled(!first);
        down.setEnabled(!last);
        options.idsUnder(id);
    }

    FieldDefinition definition() {
        FieldType chosen = type.getValue();
        return new FieldDefinition(SuggestedCode.orFromLabel(code.getValue(), labelEn.getValue()), chosen,
                required.getValue(), labelEn.getValue().strip(), labelFr.getValue().strip(), helpEn.getValue().strip(),
                helpFr.getValue().strip(), chosen == FieldType.CHOICE ? options.options() : List.of());
    }

    /**
     * Opens the row and flags its summary, then returns the input a core path names below {@code fields[i]}:
     * {@code property} such as {@code labelFr}, or with {@code option} set, an option's {@code code}/labels.
     * Falls back to the options list, then to the row itself, so no problem is ever dropped.
     */
    HasValidation reveal(Integer option, String property) {
        details.setOpened(true);
        summary.addClassNames(LumoUtility.TextColor.ERROR);
        if (option != null) {
            HasValidation input = property == null ? null : options.input(option, property);
            return input != null ? input : options;
        }
        return switch (property == null ? "" : property) {
            case "code" -> code;
            case "type" -> type;
            case "labelEn" -> labelEn;
            case "labelFr" -> labelFr;
            case "helpEn" -> helpEn;
            case "helpFr" -> helpFr;
            case "options" -> options;
            default -> this;
        };
    }

    void clearProblems() {
        summary.removeClassName(LumoUtility.TextColor.ERROR);
        List.of(labelEn, labelFr, helpEn, helpFr, code).forEach(f -> f.setInvalid(false));
        type.setInvalid(false);
        options.clearProblems();
        setInvalid(false);
    }

    private void summarise() {
        boolean french = "fr".equals(getLocale().getLanguage());
        String label = (french ? labelFr : labelEn).getValue().strip();
        if (label.isEmpty()) {
            label = (french ? labelEn : labelFr).getValue().strip();
        }
        StringBuilder text = new StringBuilder(label.isEmpty() ? getTranslation("settings.field.untitled") : label);
        if (type.getValue() != null) {
            text.append(" · ").append(getTranslation(typeKey(type.getValue())));
        }
        if (required.getValue()) {
            text.append(" · ").append(getTranslation("settings.field.required"));
        }
        summary.setText(text.toString());
    }

    static String typeKey(FieldType type) {
        return switch (type) {
            case SHORT_TEXT -> "settings.field.type.shorttext";
            case LONG_TEXT -> "settings.field.type.longtext";
            case DATE -> "settings.field.type.date";
            case NUMBER -> "settings.field.type.number";
            case MONEY -> "settings.field.type.money";
            case CHOICE -> "settings.field.type.choice";
            case YES_NO -> "settings.field.type.yesno";
        };
    }

    @Override
    public ErrorText errorText() {
        return error;
    }
}
