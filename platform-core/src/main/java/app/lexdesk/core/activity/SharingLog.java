package app.lexdesk.core.activity;

import app.lexdesk.core.export.TableExport;
import app.lexdesk.core.export.TableFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A record's sharing log: every change of what the requester sees of its files, newest first, read from the
 * record's activity (each visibility change is an entry there, written from the attachments' event), for the legal
 * team only. Exported as CSV or XLSX with the export's formula guard.
 */
@Service
public class SharingLog {

    private static final String FOLDER_PREFIX = "attachment.folder-";

    private final ActivityService activity;

    SharingLog(ActivityService activity) {
        this.activity = activity;
    }

    /** The record's sharing log, newest first (staff; another tenant's record has none). */
    public List<SharingLogEntry> of(UUID recordId) {
        return activity.ofRecord(recordId, Set.of(ActivityKind.VISIBILITY)).stream()
                .filter(e -> e.after().containsKey("visibility") || e.action().equals("attachment.shared")
                        || e.action().equals("attachment.hidden"))
                .map(SharingLog::entry).toList();
    }

    /** Writes the log with English headers (the API's language) and times in UTC; the UI writes translated headers. */
    public long write(UUID recordId, TableFormat format, OutputStream out) throws IOException {
        return write(of(recordId), format, out, List.of("When", "Who", "Kind", "Item", "Folder", "Before", "After",
                "Now visible", "Now hidden"));
    }

    /** Writes these entries under these nine headers (when, who, kind, item, folder, before, after, shared, hidden). */
    public static long write(List<SharingLogEntry> entries, TableFormat format, OutputStream out, List<String> headers)
            throws IOException {
        if (headers.size() != 9) {
            throw new IllegalArgumentException("The sharing log has nine columns");
        }
        TableExport<SharingLogEntry> export = new TableExport<>(List.of(
                new TableExport.Column<>(headers.get(0), e -> java.time.LocalDateTime.ofInstant(e.at(), java.time.ZoneOffset.UTC)),
                new TableExport.Column<>(headers.get(1), SharingLogEntry::actorName),
                new TableExport.Column<>(headers.get(2), e -> e.folder() ? "folder" : "file"),
                new TableExport.Column<>(headers.get(3), SharingLogEntry::item),
                new TableExport.Column<>(headers.get(4), SharingLogEntry::path),
                new TableExport.Column<>(headers.get(5), SharingLogEntry::before),
                new TableExport.Column<>(headers.get(6), SharingLogEntry::after),
                new TableExport.Column<>(headers.get(7), e -> String.join(", ", e.shared())),
                new TableExport.Column<>(headers.get(8), e -> String.join(", ", e.hidden()))));
        return export.write(format, "Sharing log", (offset, limit) ->
                entries.subList(Math.min(offset, entries.size()), Math.min(offset + limit, entries.size())), out);
    }

    private static SharingLogEntry entry(ActivityEntry e) {
        Map<String, Object> after = e.after();
        boolean folder = e.action().startsWith(FOLDER_PREFIX);
        // Entries from before folders existed hold only visibleToPortal true/false.
        String before = text(e.before().get("visibility"), e.before().get("visibleToPortal"));
        String now = text(after.get("visibility"), after.get("visibleToPortal"));
        return new SharingLogEntry(e.at(), e.actorName(), folder,
                Objects.toString(after.getOrDefault(folder ? "folder" : "file", ""), ""),
                Objects.toString(after.getOrDefault("path", ""), ""), before, now,
                names(after.get("sharedFiles")), names(after.get("hiddenFiles")));
    }

    private static String text(Object visibility, Object legacy) {
        if (visibility != null) {
            return visibility.toString();
        }
        if (legacy instanceof Boolean b) {
            return b ? "VISIBLE" : "HIDDEN";
        }
        return "";
    }

    private static List<String> names(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
