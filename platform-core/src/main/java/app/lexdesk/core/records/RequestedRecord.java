package app.lexdesk.core.records;

import java.util.UUID;

/**
 * A record as the features its requester uses see it (feedback, the expected answer): which record, and where it is
 * in its workflow. Only ever read for the record's own requester ({@link RecordDirectory#findRequestedBy}).
 */
public record RequestedRecord(UUID id, RecordKind kind, String reference, RecordStatus status) {
}
