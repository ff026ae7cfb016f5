package app.lexdesk.core.records;

import java.util.Locale;

/** No record with this reference in the current tenant (another tenant's records are not found either). */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(RecordKind kind, String reference) {
        super("No " + kind.name().toLowerCase(Locale.ROOT) + " " + reference + ".");
    }
}
