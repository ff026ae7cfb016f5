package app.lexdesk.core.attachments;

import app.lexdesk.core.fairuse.RateLimitedException;
import app.lexdesk.core.fairuse.RateLimits;
import app.lexdesk.core.attachments.internal.AttachmentEntity;
import app.lexdesk.core.attachments.internal.AttachmentRepository;
import app.lexdesk.core.attachments.internal.LimitedInputStream;
import app.lexdesk.core.attachments.internal.PendingTotals;
import app.lexdesk.core.attachments.internal.RecordFileQueries;
import app.lexdesk.core.records.RecordDirectory;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Files of the current tenant. An upload is streamed to S3 while its bytes are counted against the limits and its
 * SHA-256 is computed, its type detected from its first bytes; its row is written only once the object is stored,
 * and the object is removed again if the row cannot be written. Uploads wait unattached until a request claims them.
 */
@Service
public class AttachmentService {

    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

    private final ObjectStorage storage;
    private final AttachmentRepository attachments;
    private final RecordFileQueries queries;
    private final RecordDirectory records;
    private final TenantDirectory tenants;
    private final TransactionTemplate transactions;
    private final RateLimits rateLimits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PendingUploadQuota quota;

    AttachmentService(ObjectStorage storage, AttachmentRepository attachments, RecordFileQueries queries,
            RecordDirectory records, TenantDirectory tenants, TransactionTemplate transactions,
            ApplicationEventPublisher events, RateLimits rateLimits, Optional<Clock> clock, PendingUploadQuota quota) {
        this.quota = quota;
        this.events = events;
        this.rateLimits = rateLimits;
        this.storage = storage;
        this.attachments = attachments;
        this.queries = queries;
        this.records = records;
        this.tenants = tenants;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The current tenant's largest accepted file, in bytes. */
    public long maxFileSize() {
        return tenants.maxUploadBytes(TenantContext.require().id());
    }

    /**
     * Stores a file the current member uploads, not yet attached to anything. The bytes are streamed to storage as
     * they arrive (constant memory whatever the size), counted on the way and stopped the moment they pass the
     * tenant's limit or the member's pending-upload quota ({@link PendingUploadQuota}, checked before a byte is
     * read); the type is detected from the first bytes ({@link ContentTypes}: programs and scripts are refused, the
     * name's extension made to agree with the type). The row is written only once the object is stored; whenever an
     * upload is refused or fails, nothing is kept — no object, no row.
     *
     * @param declaredSize the size the client announced, or a negative number when it is unknown; when known, the
     *                     file must have exactly this many bytes
     * @param content      the bytes, read to their end or to the refusal; the caller closes it
     * @throws UploadRefusedException when the file is empty ({@code empty-file}), too large ({@code too-large}), over
     *                                the member's quota ({@code pending-quota}), of a refused type
     *                                ({@code file-type-not-allowed}), not fully received ({@code upload-failed}), or
     *                                when storage is unavailable ({@code storage-unavailable})
     * @throws RateLimitedException    when the member or the tenant uploaded too much lately
     */
    public AttachmentSummary upload(String filename, long declaredSize, InputStream content) {
        TenantMember member = TenantContext.requireMember();
        rateLimits.acquire(RateLimits.Action.UPLOAD);
        String name = cleanName(filename);
        if (declaredSize == 0) {
            throw new UploadRefusedException("empty-file", name + " is empty.");
        }
        long limit = maxFileSize();
        if (declaredSize > limit) {
            throw tooLarge(name, limit);
        }
        long quotaLeft = pendingQuotaLeft(member, name);
        InputStream limited = quotaLeft < limit
                ? new LimitedInputStream(content, quotaLeft, () -> overQuota(name))
                : new LimitedInputStream(content, limit, () -> tooLarge(name, limit));
        UUID id = UUID.randomUUID();
        String key = "attachments/" + id;
        MessageDigest sha256 = sha256();
        ContentTypes.Inspection inspection;
        long size;
        // Not closed here: closing the caller's stream (a multipart part) could make it read the rest of a refused body.
        BufferedInputStream buffered = new BufferedInputStream(limited, ContentTypes.HEAD_BYTES);
        try {
            buffered.mark(ContentTypes.HEAD_BYTES);
            byte[] head = buffered.readNBytes(ContentTypes.HEAD_BYTES);
            buffered.reset();
            if (head.length == 0) {
                throw new UploadRefusedException("empty-file", name + " is empty.");
            }
            inspection = ContentTypes.inspect(head, head.length, name);
            if (inspection.refused()) {
                throw new UploadRefusedException("file-type-not-allowed", name + " is " + inspection.refusal()
                        + "; programs and scripts are not accepted.");
            }
            size = storage.store(key, new DigestInputStream(buffered, sha256), inspection.contentType());
        } catch (IOException | RuntimeException e) {
            // Nothing to remove: a store that fails keeps nothing (a multipart upload is aborted).
            throw refusal(e, name);
        }
        if (declaredSize > 0 && size != declaredSize) {
            removeQuietly(key);
            throw new UploadRefusedException("upload-failed", name + " was not fully received (" + size + " of "
                    + declaredSize + " bytes); nothing was kept.");
        }
        String digest = HexFormat.of().formatHex(sha256.digest());
        AttachmentEntity row = new AttachmentEntity(id, key, inspection.filename(), inspection.contentType(), size,
                digest, member.personId(), clock.instant());
        try {
            transactions.executeWithoutResult(s -> attachments.save(row));
        } catch (RuntimeException e) {
            removeQuietly(key);
            throw e;
        }
        return summary(row);
    }

    /**
     * Removes the current member's uploads among {@code uploadIds} that nothing claimed yet — rows first, then their
     * objects — for a caller whose use of them failed (a refused multipart request, a refused reply by email). Ids
     * that are claimed, another member's or unknown are left alone; a failure is logged and left to the sweep.
     */
    public void discardPending(List<UUID> uploadIds) {
        UUID me = TenantContext.requireMember().personId();
        for (UUID id : uploadIds) {
            try {
                String key = transactions.execute(s -> attachments.findById(id)
                        .filter(a -> attachments.deleteIfUnclaimedBy(id, me) == 1)
                        .map(AttachmentEntity::getStorageKey).orElse(null));
                if (key != null) {
                    storage.delete(key);
                }
            } catch (RuntimeException e) {
                log.warn("Could not remove unclaimed upload {} (the sweep will): {}", id, e.getMessage());
            }
        }
    }

    /** The ids that are not pending uploads of the current member. */
    @Transactional(readOnly = true)
    public List<UUID> unusable(List<UUID> uploadIds) {
        UUID me = TenantContext.requireMember().personId();
        List<UUID> unknown = new ArrayList<>();
        for (UUID id : uploadIds) {
            Optional<AttachmentEntity> found = attachments.findById(id);
            if (found.isEmpty() || found.get().getRecordId() != null || !found.get().getUploadedBy().equals(me)) {
                unknown.add(id);
            }
        }
        return unknown;
    }

    /**
     * Files of a record: staff see all its live files; a requester only those {@link RecordFileQueries} shows them,
     * and only on their own requests (anything else is an empty list, whatever id is asked for).
     * {@code visibleToPortal} is the outcome of the visibility rule, not the file's own setting.
     */
    @Transactional(readOnly = true)
    public List<AttachmentSummary> of(UUID recordId) {
        TenantMember member = TenantContext.requireMember();
        UUID tenant = member.tenant().id();
        if (member.isStaff()) {
            return queries.files(tenant, recordId).stream().map(f -> new AttachmentSummary(f.id(), f.filename(),
                    f.contentType(), f.size(), f.sha256(), f.visibleToRequester(), f.uploadedAt())).toList();
        }
        RecordDirectory.AsRequester reader = records.requesterAccessAndRequester(recordId, member.personId());
        if (!reader.access().mayRead()) {
            return List.of();
        }
        return queries.visibleToRequester(tenant, recordId, reader.requesterId()).stream()
                .map(f -> new AttachmentSummary(f.id(), f.filename(), f.contentType(), f.size(), null, true,
                        f.uploadedAt())).toList();
    }

    /** {@link #of} for the record opened from a request (a request's files are its record's). */
    @Transactional(readOnly = true)
    public List<AttachmentSummary> ofRequest(UUID requestId) {
        return queries.recordOfRequest(TenantContext.require().id(), requestId).map(this::of).orElse(List.of());
    }

    /**
     * Opens a file for download under the rule of {@link #of}: staff any file attached to a record of their
     * tenant, a requester a file marked visible on a request of their own. Anything else — another tenant's
     * file, a hidden one, a pending upload, an unknown id — is simply not there. Each download is recorded on
     * the record's activity for the legal team (who opened which file, when: {@link FileDownloaded}), before any
     * byte is sent.
     */
    public Optional<AttachmentContent> open(UUID attachmentId) {
        TenantMember member = TenantContext.requireMember();
        Optional<AttachmentEntity> allowed = transactions.execute(s -> {
            Optional<AttachmentEntity> live = attachments.findById(attachmentId)
                    .filter(a -> a.getRecordId() != null && a.getDeletedAt() == null);
            if (member.isStaff() || live.isEmpty()) {
                return live;
            }
            // The requester's one rule, the same query as their list: a link drawn earlier finds nothing once hidden.
            return live.filter(a -> {
                RecordDirectory.AsRequester reader = records.requesterAccessAndRequester(a.getRecordId(),
                        member.personId());
                return reader.access().mayRead() && queries.visibleToRequester(member.tenant().id(),
                        a.getRecordId(), reader.requesterId(), a.getId()).isPresent();
            });
        });
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        AttachmentEntity file = allowed.get();
        Optional<? extends InputStream> content = storage.open(file.getStorageKey());
        if (content.isEmpty()) {
            log.error("Attachment {} has a row but no stored object {}", file.getId(), file.getStorageKey());
            return Optional.empty();
        }
        try {
            transactions.executeWithoutResult(s -> events.publishEvent(new FileDownloaded(member.tenant(),
                    file.getRecordKind(), file.getRecordId(), file.getId(), file.getFilename(), member.personId(),
                    clock.instant())));
        } catch (RuntimeException e) {
            closeQuietly(content.get());
            throw e;
        }
        return Optional.of(new AttachmentContent(summary(file), content.get()));
    }

    private static void closeQuietly(InputStream content) {
        try {
            content.close();
        } catch (IOException e) {
            log.debug("Closing an unused download stream failed: {}", e.getMessage());
        }
    }

    private void removeQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            log.warn("Could not remove the incomplete object {}: {}", key, e.getMessage());
        }
    }

    private static String cleanName(String filename) {
        return FileNames.clean(filename);
    }

    /** Bytes the member may still upload before their pending uploads reach the quota; refused when none. */
    private long pendingQuotaLeft(TenantMember member, String name) {
        PendingTotals pending = transactions.execute(s -> attachments.pendingOf(member.personId()));
        long bytesLeft = quota.pendingBytesPerUser().toBytes() - pending.bytes();
        if (pending.files() >= quota.pendingFilesPerUser() || bytesLeft <= 0) {
            throw overQuota(name);
        }
        return bytesLeft;
    }

    private UploadRefusedException overQuota(String name) {
        return new UploadRefusedException("pending-quota", name + " was not kept: you already hold as many files "
                + "not yet sent with a request as one person may (" + quota.pendingFilesPerUser() + " files or "
                + quota.pendingBytesPerUser().toMegabytes() + " MB). Send or remove some first.");
    }

    private static UploadRefusedException tooLarge(String name, long limit) {
        return new UploadRefusedException("too-large", name + " is larger than " + (limit / (1024 * 1024))
                + " MB; nothing was kept.");
    }

    /** What a failed upload tells its sender: a refusal as it was, storage trouble as such, anything else as lost. */
    private static UploadRefusedException refusal(Exception failure, String name) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UploadRefusedException refused) {
                return refused;
            }
        }
        if (failure instanceof SdkException) {
            log.warn("Storage unavailable while storing an upload: {}", failure.getMessage());
            return new UploadRefusedException("storage-unavailable", "File storage is unavailable right now, so "
                    + name + " was not kept. Try again in a few minutes.");
        }
        log.info("An upload was not fully received: {}", failure.toString());
        return new UploadRefusedException("upload-failed", name + " was not fully received; nothing was kept.");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AttachmentSummary summary(AttachmentEntity a) {
        return new AttachmentSummary(a.getId(), a.getFilename(), a.getContentType(), a.getSize(), a.getSha256(),
                Boolean.TRUE.equals(a.getVisibleToPortal()), a.getUploadedAt());
    }
}
