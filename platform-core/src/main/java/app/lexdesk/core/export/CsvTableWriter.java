package app.lexdesk.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 4180: comma-separated, CRLF between records, a field in double quotes when it holds a comma, a quote, a CR or
 * an LF, quotes inside doubled. UTF-8 with a byte order mark, without which Excel reads the file in the machine's
 * legacy code page and garbles accents. Formula-like text gets a leading apostrophe (OWASP's advice for CSV
 * injection): Excel then shows it as text and runs nothing.
 */
final class CsvTableWriter implements TableWriter {

    private static final char BOM = '\uFEFF';
    private final Writer out;

    CsvTableWriter(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.out.write(BOM);
    }

    @Override
    public void header(List<String> names) throws IOException {
        row(names);
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write("\r\n");
    }

    static String field(Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof LocalDate date) {
            text = DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        } else if (value instanceof LocalDateTime time) {
            text = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
        } else if (value instanceof Number number) {
            text = number.toString();
        } else {
            text = guarded(value.toString());
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String guarded(String text) {
        return TableWriter.looksLikeFormula(text) ? "'" + text : text;
    }

    @Override
    public void close() throws IOException {
        // Flushes the encoder's buffer into the caller's stream, which stays open.
        out.flush();
    }
}
