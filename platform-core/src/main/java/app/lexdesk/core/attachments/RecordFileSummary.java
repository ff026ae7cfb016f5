package app.lexdesk.core.attachments;

import java.time.Instant;
import java.util.UUID;

/**
 * A file of a record as staff see it: the current version's facts, where it is, and whether the requester sees
 * it and why ("Visible — from folder Contracts").
 *
 * @param folderId          null at the record's top level
 * @param path              the folder's path, empty at the top level
 * @param decidedBy         the folder whose setting decides when {@code source} is {@link VisibilitySource#FOLDER}
 * @param fromRequester     sent by the requester (with the request or from the portal)
 */
public record RecordFileSummary(UUID id, UUID folderId, String path, String filename, String contentType, long size,
        String sha256, int version, FileVisibility setting, boolean visibleToRequester, VisibilitySource source,
        String decidedBy, boolean fromRequester, String uploadedBy, Instant uploadedAt) {
}
