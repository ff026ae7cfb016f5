package app.lexdesk.core.attachments.internal;

/** A member's uploads no record claimed yet: how many, and their bytes. */
public record PendingTotals(long files, long bytes) {
}
