package app.lexdesk.core.workflows;

/** A status records are in cannot be deleted: move them elsewhere first. */
public class StatusInUseException extends RuntimeException {

    private final long records;

    public StatusInUseException(String code, long records) {
        super(records + " record(s) are in status " + code + "; move them to another status before deleting it.");
        this.records = records;
    }

    public long records() {
        return records;
    }
}
