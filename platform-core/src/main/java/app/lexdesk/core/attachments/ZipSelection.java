package app.lexdesk.core.attachments;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.util.List;
import java.util.UUID;

/**
 * What an archive of a record's files will hold, checked ({@link FileDownloads#select}) before it is written.
 *
 * @param reference the record's reference, for the archive's name
 */
public record ZipSelection(CurrentTenant tenant, String reference, List<Entry> entries) {

    public ZipSelection {
        entries = List.copyOf(entries);
    }

    /** One file and its path inside the archive ("Pièces/contrat.pdf"). */
    public record Entry(UUID fileId, String path, String storageKey) {
    }
}
