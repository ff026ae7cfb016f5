package app.lexdesk.core.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes one table, row after row, straight to its output: a header row first, then the data rows. Values are
 * {@code null} (an empty cell), a {@link CharSequence}, a {@link Number}, a {@link java.time.LocalDate} or a
 * {@link java.time.LocalDateTime}; anything else is written as its {@code toString()}. Text that a spreadsheet would
 * read as a formula (starting with {@code = + - @}, a tab or a carriage return) is kept as text.
 *
 * <p>Not thread-safe: one writer per export. {@link #close()} finishes the file (an XLSX is only readable then) and
 * frees what the writer holds (SXSSF's temporary files), but never closes the output stream, which belongs to the
 * caller.
 */
public interface TableWriter extends Closeable {

    void header(List<String> names) throws IOException;

    void row(List<?> values) throws IOException;

    /** True for text a spreadsheet would take for a formula or a command; such text is written so it stays text. */
    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
