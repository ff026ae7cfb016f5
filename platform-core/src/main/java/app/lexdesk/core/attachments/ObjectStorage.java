package app.lexdesk.core.attachments;

import app.lexdesk.core.tenancy.TenantContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Objects of the current tenant. Every key is placed under {@code tenants/<tenant id>/}, so a tenant can
 * only ever name its own objects; bodies are streamed, never held whole in memory.
 *
 * <p>Storing reads the body into one part buffer ({@link StorageProperties#partSize()}, 8 MB by default): a body that
 * ends within it is stored with one PUT, a longer one by S3 multipart upload, a part at a time through the same
 * buffer, and the upload is aborted if anything fails (reading the body included), so no object appears half-way.
 * Buffers are pooled and bounded ({@link StorageProperties#partBuffers()}), so the heap uploads use is constant
 * whatever the files' sizes and however many arrive at once. Thread-safe; each call is tenant-scoped by the caller's
 * {@link TenantContext}.
 */
@Service
public class ObjectStorage {

    private static final Logger log = LoggerFactory.getLogger(ObjectStorage.class);
    private static final Pattern SAFE_KEY = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,500}$");
    private static final int MAX_PARTS = 10_000;
    private static final long BUFFER_WAIT_SECONDS = 60;

    private final S3Client s3;
    private final String bucket;
    private final int partSize;
    private final Semaphore buffersLeft;
    private final ConcurrentLinkedQueue<byte[]> freeBuffers = new ConcurrentLinkedQueue<>();

    ObjectStorage(S3Client s3, StorageProperties properties) {
        this.s3 = s3;
        this.bucket = properties.bucket();
        this.partSize = (int) properties.partSize().toBytes();
        this.buffersLeft = new Semaphore(properties.partBuffers(), true);
    }

    /**
     * Stores {@code length} bytes from {@code body} at {@code key} (relative to the tenant's prefix).
     *
     * @throws IllegalArgumentException when the body did not have exactly {@code length} bytes (nothing is kept)
     */
    public void put(String key, InputStream body, long length, String contentType) {
        long stored;
        try {
            stored = store(key, body, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stored != length) {
            delete(key);
            throw new IllegalArgumentException("The body had " + stored + " bytes, not " + length);
        }
    }

    /**
     * Stores all of {@code body} at {@code key} (relative to the tenant's prefix), whatever its length, and says how
     * many bytes that was. On any failure — the body's {@link IOException} or runtime exception, or S3's
     * {@link software.amazon.awssdk.core.exception.SdkException} — nothing is stored and the failure is rethrown.
     */
    public long store(String key, InputStream body, String contentType) throws IOException {
        String object = tenantKey(key);
        byte[] buffer = takeBuffer();
        try {
            int first = body.readNBytes(buffer, 0, buffer.length);
            if (first < buffer.length) {
                s3.putObject(b -> b.bucket(bucket).key(object).contentType(contentType).contentLength((long) first),
                        part(buffer, first, contentType));
                return first;
            }
            return multipart(object, body, buffer, contentType);
        } finally {
            giveBack(buffer);
        }
    }

    /** A multipart upload whose first part is already in {@code buffer}, the others read into it in turn. */
    private long multipart(String object, InputStream body, byte[] buffer, String contentType) throws IOException {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(object).contentType(contentType))
                .uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long total = 0;
            int length = buffer.length;
            while (length > 0) {
                if (parts.size() == MAX_PARTS) {
                    throw new IOException("Larger than " + MAX_PARTS + " parts of " + partSize + " bytes");
                }
                int number = parts.size() + 1;
                int size = length;
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(object).uploadId(uploadId).partNumber(number)
                        .contentLength((long) size), part(buffer, size, contentType)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                total += size;
                length = body.readNBytes(buffer, 0, buffer.length);
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(object).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
            return total;
        } catch (IOException | RuntimeException | Error e) {
            abortQuietly(object, uploadId, e);
            throw e;
        }
    }

    /** The SDK may read a body twice (signing, retries): each read gets a new stream over the same bytes. */
    private static RequestBody part(byte[] buffer, int length, String contentType) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length, contentType);
    }

    private void abortQuietly(String object, String uploadId, Throwable cause) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(object).uploadId(uploadId));
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            log.warn("Could not abort the multipart upload {} of {}: {}", uploadId, object, e.getMessage());
        }
    }

    private byte[] takeBuffer() {
        try {
            if (!buffersLeft.tryAcquire(BUFFER_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new UploadRefusedException("storage-unavailable",
                        "The server is busy with other uploads; nothing was kept. Try again in a minute.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UploadRefusedException("upload-failed", "The upload was interrupted; nothing was kept.");
        }
        byte[] buffer = freeBuffers.poll();
        return buffer != null ? buffer : new byte[partSize];
    }

    private void giveBack(byte[] buffer) {
        freeBuffers.offer(buffer);
        buffersLeft.release();
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
