package app.lexdesk.core.attachments;

import java.time.Instant;
import java.util.UUID;

/**
 * A file as its requester sees it: nothing of staff's settings, who uploaded it among the legal team, or of folders
 * the requester does not see.
 *
 * @param folder the path of the folders the requester sees that it is in, empty when none
 */
public record PortalFile(UUID id, String folder, String filename, String contentType, long size,
        boolean fromRequester, Instant uploadedAt) {
}
