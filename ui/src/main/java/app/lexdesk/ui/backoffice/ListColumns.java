package app.lexdesk.ui.backoffice;

import app.lexdesk.core.export.TableExport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a back-office list, sized one way: data columns as wide as their content (header included) and no
 * wider, the title taking the width left over and never less than {@link #TITLE_MIN_WIDTH}. Each column also says
 * what it exports, so an export has the columns the list shows, with the same headers.
 */
public final class ListColumns<T> {

    /**
     * About 30 characters: a title stays readable however many columns the list has. In rem, not em: header and body
     * cells have different font sizes, and an em width would give a column's header and body different widths.
     */
    public static final String TITLE_MIN_WIDTH = "16rem";

    private final Grid<T> grid;
    private final List<Exported<T>> exported = new ArrayList<>();

    public ListColumns(Grid<T> grid) {
        this.grid = grid;
        // Narrower cell padding (lexdesk.css), so a list's usual columns fit beside the drawer at 1280 px.
        grid.addClassName("lexdesk-list");
    }

    /** A text column sized to its content; exports the text it shows. */
    public Grid.Column<T> text(String header, ValueProvider<T, String> shown) {
        return text(header, shown, shown::apply);
    }

    /** A text column sized to its content, exporting {@code value} (a date as a date, say). */
    public Grid.Column<T> text(String header, ValueProvider<T, String> shown, Function<T, ?> value) {
        return add(grid.addColumn(shown), header, value, false);
    }

    /** A column of components (a badge, a link) sized to its content, exporting {@code value}. */
    public Grid.Column<T> component(String header, ValueProvider<T, Component> shown, Function<T, ?> value) {
        return add(grid.addComponentColumn(shown), header, value, false);
    }

    /** The title: takes the free width, never less than {@link #TITLE_MIN_WIDTH}; the full text shows on hover. */
    public Grid.Column<T> title(String header, ValueProvider<T, Component> shown, ValueProvider<T, String> value) {
        Grid.Column<T> column = add(grid.addComponentColumn(shown), header, value::apply, true);
        column.setTooltipGenerator(value);
        return column;
    }

    private Grid.Column<T> add(Grid.Column<T> column, String header, Function<T, ?> value, boolean title) {
        column.setHeader(header).setResizable(true).setTextAlign(ColumnTextAlign.START);
        if (title) {
            column.setAutoWidth(false).setWidth(TITLE_MIN_WIDTH).setFlexGrow(1);
        } else {
            column.setAutoWidth(true).setFlexGrow(0);
        }
        exported.add(new Exported<>(column, header, value));
        return column;
    }

    /** The columns the list shows now, in order, as an export writes them. */
    public List<TableExport.Column<T>> exported() {
        List<TableExport.Column<T>> columns = new ArrayList<>();
        for (Grid.Column<T> column : grid.getColumns()) {
            exported.stream().filter(e -> e.column() == column && column.isVisible()).findFirst()
                    .ifPresent(e -> columns.add(new TableExport.Column<>(e.header(), e.value())));
        }
        return columns;
    }

    private record Exported<T>(Grid.Column<T> column, String header, Function<T, ?> value) {
    }
}
