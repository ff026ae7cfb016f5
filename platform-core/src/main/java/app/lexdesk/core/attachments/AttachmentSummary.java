package app.lexdesk.core.attachments;

import java.time.Instant;
import java.util.UUID;

/** A stored file as lists show it; {@code visibleToPortal} is the green stripe. */
public record AttachmentSummary(UUID id, String filename, String contentType, long size, String sha256,
        boolean visibleToPortal, Instant uploadedAt) {
}
