package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.intake.FieldDefinition.Option;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** The options of a choice field: code and EN/FR labels per option, in the order requesters see them. */
class OptionsEditor extends RowList<OptionsEditor.OptionRow> {

    private String idPrefix = "";

    OptionsEditor(List<Option> options) {
        super("settings.options", "settings.options.none", "settings.options.add");
        options.forEach(o -> append(new OptionRow(o)));
    }

    /** Gives this editor the ids under its field's ({@code type-field-1} → {@code type-field-1-option-0-code}). */
    void idsUnder(String fieldId) {
        idPrefix = fieldId;
        setIds(fieldId + "-options", fieldId + "-add-option");
        renumberAll();
    }

    @Override
    protected OptionRow newRow() {
        OptionRow row = new OptionRow(null);
        row.labelEn.focus();
        return row;
    }

    @Override
    protected void renumber(OptionRow row, int index, int count) {
        String id = idPrefix + "-option-" + index;
        row.setId(id);
        row.code.setId(id + "-code");
        row.labelEn.setId(id + "-label-en");
        row.labelFr.setId(id + "-label-fr");
        row.up.setId(id + "-up");
        row.down.setId(id + "-down");
        row.remove.setId(id + "-remove");
        row.up.setEnabled(index > 0);
        row.down.setEnabled(index < count - 1);
    }

    List<Option> options() {
        return rows().stream().map(OptionRow::option).toList();
    }

    /** The input a path below {@code options[j]} names ({@code .code}, {@code .labelEn}, {@code .labelFr}). */
    HasValidation input(int index, String property) {
        List<OptionRow> rows = rows();
        if (index >= rows.size()) {
            return null;
        }
        OptionRow row = rows.get(index);
        return switch (property) {
            case "code" -> row.code;
            case "labelEn" -> row.labelEn;
            case "labelFr" -> row.labelFr;
            default -> null;
        };
    }

    void clearProblems() {
        setInvalid(false);
        rows().forEach(r -> List.of(r.code, r.labelEn, r.labelFr).forEach(f -> f.setInvalid(false)));
    }

    /** One option; a new option's code follows its English label until the administrator types one. */
    final class OptionRow extends HorizontalLayout {

        final TextField code = new TextField();
        final TextField labelEn = new TextField();
        final TextField labelFr = new TextField();
        final Button up = new Button();
        final Button down = new Button();
        final Button remove = new Button();

        OptionRow(Option option) {
            code.setLabel(getTranslation("settings.field.code"));
            labelEn.setLabel(getTranslation("settings.field.label.en"));
            labelFr.setLabel(getTranslation("settings.field.label.fr"));
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            if (option != null) {
                code.setValue(option.code() == null ? "" : option.code());
                labelEn.setValue(option.labelEn() == null ? "" : option.labelEn());
                labelFr.setValue(option.labelFr() == null ? "" : option.labelFr());
            } else {
                SuggestedCode.follow(labelEn, code);
            }
            code.setWidth("10em");
            labelEn.setWidthFull();
            labelFr.setWidthFull();
            add(labelEn, labelFr, code, moves(this, up, down, remove));
        }

        Option option() {
            return new Option(SuggestedCode.orFromLabel(code.getValue(), labelEn.getValue()),
                    labelEn.getValue().strip(), labelFr.getValue().strip());
        }
    }
}
