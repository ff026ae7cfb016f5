package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.intake.FieldDefinition;
import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed fields of a request type, in the order requesters fill them: add, edit, remove, move up or down.
 * Row {@code i} has the id {@code type-field-i}, matching the core's {@code fields[i]} problem paths.
 */
class FieldsEditor extends RowList<FieldRow> {

    private static final Pattern PATH = Pattern.compile(
            "^fields\\[(\\d{1,4})](?:\\.options\\[(\\d{1,4})])?(?:\\.(\\w+))?$");

    FieldsEditor(List<FieldDefinition> fields) {
        super("settings.type.fields", "settings.fields.none", "settings.fields.add");
        setIds("type-fields", "type-add-field");
        fields.forEach(f -> append(row(f)));
    }

    @Override
    protected FieldRow newRow() {
        FieldRow row = row(null);
        row.labelEn.focus();
        return row;
    }

    private FieldRow row(FieldDefinition field) {
        FieldRow row = new FieldRow(field);
        row.add(moves(row, row.up, row.down, row.remove));
        return row;
    }

    @Override
    protected void renumber(FieldRow row, int index, int count) {
        row.ids("type-field-" + index, index == 0, index == count - 1);
    }

    List<FieldDefinition> definitions() {
        return rows().stream().map(FieldRow::definition).toList();
    }

    /**
     * The input a core problem path names ({@code fields}, {@code fields[2].labelFr},
     * {@code fields[0].options[1].code}, …), with its row opened; null for a path that is not about fields
     * or names a row that does not exist.
     */
    HasValidation reveal(String path) {
        if (path.equals("fields")) {
            return this;
        }
        Matcher m = PATH.matcher(path);
        List<FieldRow> rows = rows();
        if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
            return null;
        }
        return rows.get(Integer.parseInt(m.group(1))).reveal(m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3));
    }

    void clearProblems() {
        setInvalid(false);
        rows().forEach(FieldRow::clearProblems);
    }
}
