package app.lexdesk.core.export;

import java.io.IOException;
import java.io.OutputStream;

/** The file formats a list exports to, with what a download needs to name them. */
public enum TableFormat {

    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    TableFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** A writer of this format on {@code out}; closing the writer finishes the file but leaves {@code out} open. */
    public TableWriter open(OutputStream out, String sheetName) throws IOException {
        return switch (this) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, sheetName);
        };
    }
}
