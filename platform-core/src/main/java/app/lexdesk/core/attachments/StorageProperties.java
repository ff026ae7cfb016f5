package app.lexdesk.core.attachments;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are stored ({@code lexdesk.storage.s3.*}).
 *
 * @param endpoint   the S3 API endpoint; empty for AWS itself
 * @param region     the bucket's region
 * @param bucket     the bucket holding every tenant's objects, each tenant under its own prefix
 * @param accessKey  credentials; empty to use the AWS SDK's default chain (e.g. IAM roles for pods)
 * @param secretKey  credentials, with {@code accessKey}
 * @param pathStyle  path-style addressing, needed by most S3-compatible servers
 * @param checksums  {@code WHEN_SUPPORTED} (AWS) or {@code WHEN_REQUIRED}: S3-compatible servers such as
 *                   S3Proxy or MinIO reject the checksums AWS SDK 2.30+ sends by default
 * @param partSize   objects up to this size are stored with one PUT, larger ones (or of unknown size) by multipart
 *                   upload in parts of this size (default 8MB; S3 takes at least 5MB, and at most 10,000 parts)
 * @param partBuffers how many uploads may hold a part buffer at once (default 8); one more waits up to a minute for
 *                   a buffer, then is refused as "storage unavailable". Heap for uploads is at most
 *                   {@code partSize * partBuffers}, whatever the files' sizes
 */
@ConfigurationProperties("lexdesk.storage.s3")
public record StorageProperties(URI endpoint, String region, String bucket, String accessKey, String secretKey,
        boolean pathStyle, Checksums checksums, DataSize partSize, Integer partBuffers) {

    public enum Checksums { WHEN_SUPPORTED, WHEN_REQUIRED }

    /** S3's smallest part but the last. */
    public static final DataSize MIN_PART_SIZE = DataSize.ofMegabytes(5);

    public StorageProperties {
        region = region == null || region.isBlank() ? "us-east-1" : region;
        bucket = bucket == null || bucket.isBlank() ? "lexdesk" : bucket;
        checksums = checksums == null ? Checksums.WHEN_SUPPORTED : checksums;
        partSize = partSize == null ? DataSize.ofMegabytes(8) : partSize;
        partBuffers = partBuffers == null ? 8 : partBuffers;
        if (partSize.compareTo(MIN_PART_SIZE) < 0 || partSize.toBytes() > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("lexdesk.storage.s3.part-size must be between 5MB and 2GB");
        }
        if (partBuffers < 1) {
            throw new IllegalArgumentException("lexdesk.storage.s3.part-buffers must be at least 1");
        }
    }
}
