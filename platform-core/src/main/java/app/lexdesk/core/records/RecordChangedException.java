package app.lexdesk.core.records;

import java.time.Instant;

/**
 * Someone changed the record since the caller read it: the caller's change is refused, never written over theirs.
 * Carries who changed it and when, for "changed by … at … — reload".
 *
 * @param changedBy the name of who changed it last (null when unknown, e.g. platform work)
 */
public class RecordChangedException extends RuntimeException {

    private final String reference;
    private final String changedBy;
    private final Instant changedAt;
    private final long currentVersion;

    public RecordChangedException(String reference, String changedBy, Instant changedAt, long currentVersion) {
        super(reference + " was changed by " + (changedBy == null ? "someone else" : changedBy) + " at " + changedAt
                + "; read it again before changing it.");
        this.reference = reference;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
    }

    public String reference() {
        return reference;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
