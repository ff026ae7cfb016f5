package app.lexdesk.core.attachments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much one member may hold in uploads no request or record claimed yet ({@code lexdesk.attachments.*}), so
 * nobody can fill the storage with files that are never submitted: at most {@code pendingFilesPerUser} files
 * (default 50) and {@code pendingBytesPerUser} bytes (default 2GB) per member and tenant. Checked before an upload
 * is read, and the bytes left bound the upload while it streams.
 */
@ConfigurationProperties("lexdesk.attachments")
public record PendingUploadQuota(Integer pendingFilesPerUser, DataSize pendingBytesPerUser) {

    public PendingUploadQuota {
        pendingFilesPerUser = pendingFilesPerUser == null ? 50 : pendingFilesPerUser;
        pendingBytesPerUser = pendingBytesPerUser == null ? DataSize.ofGigabytes(2) : pendingBytesPerUser;
        if (pendingFilesPerUser < 1 || pendingBytesPerUser.toBytes() < 1) {
            throw new IllegalArgumentException("lexdesk.attachments.pending-files-per-user and pending-bytes-per-user "
                    + "must be positive");
        }
    }
}
