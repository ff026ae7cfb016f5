package app.lexdesk.core.attachments;

import app.lexdesk.core.tenancy.TenantContext;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Objects of the current tenant. Every key is placed under {@code tenants/<tenant id>/}, so a tenant can
 * only ever name its own objects; bodies are streamed, never held whole in memory.
 */
@Service
public class ObjectStorage {

    private static final Pattern SAFE_KEY = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,500}$");

    private final S3Client s3;
    private final String bucket;

    ObjectStorage(S3Client s3, StorageProperties properties) {
        this.s3 = s3;
        this.bucket = properties.bucket();
    }

    /** Stores {@code length} bytes from {@code body} at {@code key} (relative to the tenant's prefix). */
    public void put(String key, InputStream body, long length, String contentType) {
        s3.putObject(b -> b.bucket(bucket).key(tenantKey(key)).contentType(contentType).contentLength(length),
                RequestBody.fromInputStream(body, length));
    }

    /** Opens the object at {@code key}; the caller closes the stream. Empty when there is none. */
    public Optional<ResponseInputStream<GetObjectResponse>> open(String key) {
        try {
            return Optional.of(s3.getObject(b -> b.bucket(bucket).key(tenantKey(key))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(tenantKey(key)));
    }

    private static String tenantKey(String key) {
        if (key == null || !SAFE_KEY.matcher(key).matches() || key.contains("..") || key.contains("//")) {
            throw new IllegalArgumentException("Invalid storage key");
        }
        return "tenants/" + TenantContext.require().id() + "/" + key;
    }
}
