package app.lexdesk.core.attachments;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
 */
@ConfigurationProperties("lexdesk.storage.s3")
public record StorageProperties(URI endpoint, String region, String bucket, String accessKey, String secretKey,
        boolean pathStyle, Checksums checksums) {

    public enum Checksums { WHEN_SUPPORTED, WHEN_REQUIRED }

    public StorageProperties {
        region = region == null || region.isBlank() ? "us-east-1" : region;
        bucket = bucket == null || bucket.isBlank() ? "lexdesk" : bucket;
        checksums = checksums == null ? Checksums.WHEN_SUPPORTED : checksums;
    }
}
