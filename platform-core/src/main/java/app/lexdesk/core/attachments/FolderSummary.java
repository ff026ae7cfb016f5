package app.lexdesk.core.attachments;

import java.time.Instant;
import java.util.UUID;

/**
 * A folder of a record's files as staff see it.
 *
 * @param path              the folder's place, its ancestors' names and its own joined by " / "
 * @param setting           what the folder itself says
 * @param visibleToRequester the outcome of the rule ({@link FileVisibility}): the green stripe
 * @param decidedBy         the folder whose setting decides when {@code source} is {@link VisibilitySource#FOLDER}
 * @param fromRequester     the folder that receives what the requester sends; it cannot be renamed or deleted
 */
public record FolderSummary(UUID id, UUID parentId, String name, String path, FileVisibility setting,
        boolean visibleToRequester, VisibilitySource source, String decidedBy, boolean fromRequester,
        Instant createdAt) {
}
