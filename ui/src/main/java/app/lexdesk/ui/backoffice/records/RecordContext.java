package app.lexdesk.ui.backoffice.records;

import app.lexdesk.core.records.RecordKind;
import java.util.Objects;
import java.util.UUID;

/**
 * The record a page shows, as its sections see it.
 *
 * @param changed called by a section after it changed the record, so the page re-reads what the change affects
 *     (the header's status and version, the activity)
 */
public record RecordContext(UUID recordId, RecordKind kind, String reference, UUID requestId, Runnable changed) {

    public RecordContext {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        changed = changed == null ? () -> { } : changed;
    }
}
