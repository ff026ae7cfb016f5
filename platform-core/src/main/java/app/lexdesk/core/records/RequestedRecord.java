package app.lexdesk.core.records;

import java.util.UUID;

/**
 * A record as the features only its own requester uses see it (feedback): which record, and where it is in its
 * workflow. Only ever read for the record's requester ({@link RecordDirectory#findRequestedBy}), never for a colleague
 * the portal lets read it ({@link RecordDirectory#requesterAccess}).
 */
public record RequestedRecord(UUID id, RecordKind kind, String reference, RecordStatus status) {
}
