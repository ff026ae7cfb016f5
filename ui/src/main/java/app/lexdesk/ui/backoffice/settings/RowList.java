package app.lexdesk.ui.backoffice.settings;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;

/**
 * A titled list of rows the administrator adds to, removes from and reorders (fields of a type, options of
 * a choice). Ids follow positions, so after every change {@link #renumber} gives each row the ids of its
 * place. The list itself can be marked invalid for problems that concern it as a whole.
 */
abstract class RowList<R extends Component> extends VerticalLayout implements ErrorText.Shown {

    private final List<R> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Span empty = new Span();
    private final ErrorText error = new ErrorText();
    private final Button add = new Button();

    /** The keys of the list's heading, of the text shown when it is empty and of its add button. */
    RowList(String titleKey, String emptyKey, String addKey) {
        setPadding(false);
        setSpacing(false);
        Span heading = new Span(getTranslation(titleKey));
        heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL,
                LumoUtility.TextColor.SECONDARY);
        list.setPadding(false);
        list.addClassNames(LumoUtility.Gap.SMALL);
        empty.setText(getTranslation(emptyKey));
        empty.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add.setText(getTranslation(addKey));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(e -> append(newRow()));
        add(heading, list, empty, error, add);
    }

    /** A blank row for the add button. */
    protected abstract R newRow();

    /** Gives {@code row} the ids of position {@code index} (of {@code count}) and (dis)ables its moves. */
    protected abstract void renumber(R row, int index, int count);

    /** Sets the ids of the list and its add button; rows derive theirs in {@link #renumber}. */
    void setIds(String id, String addId) {
        setId(id);
        add.setId(addId);
    }

    List<R> rows() {
        return List.copyOf(rows);
    }

    void append(R row) {
        rows.add(row);
        list.add(row);
        renumberAll();
    }

    void move(R row, int delta) {
        int from = rows.indexOf(row);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        list.removeAll();
        rows.forEach(list::add);
        renumberAll();
    }

    void delete(R row) {
        rows.remove(row);
        list.remove(row);
        renumberAll();
    }

    /** Gives every row the ids of its place again (after a move, or when the list's own ids change). */
    void renumberAll() {
        for (int i = 0; i < rows.size(); i++) {
            renumber(rows.get(i), i, rows.size());
        }
        empty.setVisible(rows.isEmpty());
    }

    /** The up, down and remove buttons of a row, labelled for screen readers and tooltips. */
    HorizontalLayout moves(R row, Button up, Button down, Button remove) {
        up.setIcon(VaadinIcon.ARROW_UP.create());
        up.addClickListener(e -> move(row, -1));
        up.setAriaLabel(getTranslation("settings.row.up"));
        up.setTooltipText(getTranslation("settings.row.up"));
        down.setIcon(VaadinIcon.ARROW_DOWN.create());
        down.addClickListener(e -> move(row, 1));
        down.setAriaLabel(getTranslation("settings.row.down"));
        down.setTooltipText(getTranslation("settings.row.down"));
        remove.setIcon(VaadinIcon.TRASH.create());
        remove.addClickListener(e -> delete(row));
        remove.setAriaLabel(getTranslation("settings.row.remove"));
        remove.setTooltipText(getTranslation("settings.row.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        List.of(up, down, remove).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE,
                ButtonVariant.LUMO_ICON));
        HorizontalLayout moves = new HorizontalLayout(up, down, remove);
        moves.setSpacing(false);
        moves.addClassNames(LumoUtility.Gap.XSMALL);
        return moves;
    }

    @Override
    public ErrorText errorText() {
        return error;
    }
}
