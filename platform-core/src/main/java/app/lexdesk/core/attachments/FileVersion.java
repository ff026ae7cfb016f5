package app.lexdesk.core.attachments;

import java.time.Instant;

/** One version of a file, the newest first in lists; {@code current} is what the file is now. */
public record FileVersion(int version, String filename, String contentType, long size, String sha256,
        String uploadedBy, Instant uploadedAt, boolean current) {
}
