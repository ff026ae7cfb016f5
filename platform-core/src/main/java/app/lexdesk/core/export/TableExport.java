package app.lexdesk.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a list to a file, reading its rows a page at a time from the list's own service (so under the caller's
 * tenant and rights, with the list's filter) and writing each page before reading the next.
 *
 * @param <T> the list's read model
 */
public final class TableExport<T> {

    /** Rows read per call of the page source: a few of the lists' pages, one round trip each. */
    public static final int PAGE_SIZE = 500;

    private final List<Column<T>> columns;
    private final int pageSize;

    public TableExport(List<Column<T>> columns) {
        this(columns, PAGE_SIZE);
    }

    /** An export reading {@code pageSize} rows per call (tests use small pages to cross page boundaries). */
    public TableExport(List<Column<T>> columns, int pageSize) {
        this.columns = List.copyOf(columns);
        this.pageSize = pageSize;
        if (this.columns.isEmpty() || pageSize < 1) {
            throw new IllegalArgumentException("An export has at least one column and pages of one row or more");
        }
    }

    /**
     * Writes the header and every row {@code pages} gives, until a page comes back shorter than asked for.
     *
     * @return the number of rows written (the header not counted)
     */
    public long write(TableFormat format, String sheetName, PageSource<T> pages, OutputStream out) throws IOException {
        long written = 0;
        try (TableWriter writer = format.open(out, sheetName)) {
            writer.header(columns.stream().map(Column::header).toList());
            int offset = 0;
            while (true) {
                List<T> page = pages.page(offset, pageSize);
                for (T item : page) {
                    List<Object> values = new ArrayList<>(columns.size());
                    for (Column<T> column : columns) {
                        values.add(column.value().apply(item));
                    }
                    writer.row(values);
                }
                written += page.size();
                if (page.size() < pageSize) {
                    return written;
                }
                offset += pageSize;
            }
        }
    }

    /**
     * One column: its header as the reader sees it, and the cell of a row (see {@link TableWriter} for the values
     * a cell may hold).
     */
    public record Column<T>(String header, Function<T, ?> value) {

        public Column {
            Objects.requireNonNull(header);
            Objects.requireNonNull(value);
        }
    }

    /** The rows from {@code offset}, at most {@code limit} of them, in an order that does not change between calls. */
    @FunctionalInterface
    public interface PageSource<T> {
        List<T> page(int offset, int limit);
    }
}
