package app.lexdesk.ui.backoffice.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** A small table of counts: a label per row, a count per column, a total last; a real table for screen readers. */
final class CountTable extends NativeTable {

    private final String idPrefix;

    CountTable(String idPrefix, String corner, List<String> columns, String total) {
        this.idPrefix = idPrefix;
        addClassName("lexdesk-counts");
        NativeTableRow head = getHead().addRow();
        head.setId(idPrefix + "-head");
        head.addHeaderCell().setText(corner);
        columns.forEach(c -> head.addHeaderCell().setText(c));
        head.addHeaderCell().setText(total);
    }

    /** A row {@code label}, id {@code idPrefix-key}, its {@code cells} in the columns' order, then {@code total}. */
    void row(String label, String key, List<Component> cells, Component total) {
        NativeTableRow row = getBody().addRow();
        row.setId(idPrefix + "-" + key);
        NativeTableHeaderCell header = row.addHeaderCell();
        header.setText(label);
        header.getElement().setAttribute("scope", "row");
        cells.forEach(c -> row.addDataCell().add(c));
        row.addDataCell().add(total);
    }
}
