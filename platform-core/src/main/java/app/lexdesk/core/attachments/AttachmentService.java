package app.lexdesk.core.attachments;

import app.lexdesk.core.fairuse.RateLimitedException;
import app.lexdesk.core.fairuse.RateLimits;
import app.lexdesk.core.attachments.internal.AttachmentEntity;
import app.lexdesk.core.attachments.internal.AttachmentRepository;
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

/**
 * Files of the current tenant. An upload is streamed to S3 while its SHA-256 is computed and its type is
 * detected from its first bytes; its row is written only once the object is stored, and the object is
 * removed again if the row cannot be written. Uploads wait unattached until a request claims them.
 */
@Service
public class AttachmentService {

    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);
    private static final int SNIFF_BYTES = 8192;

    private final ObjectStorage storage;
    private final AttachmentRepository attachments;
    private final RecordFileQueries queries;
    private final RecordDirectory records;
    private final TenantDirectory tenants;
    private final TransactionTemplate transactions;
    private final RateLimits rateLimits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttachmentService(ObjectStorage storage, AttachmentRepository attachments, RecordFileQueries queries,
            RecordDirectory records,
            TenantDirectory tenants,
            TransactionTemplate transactions, ApplicationEventPublisher events, RateLimits rateLimits, Optional<Clock> clock) {
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
     * Stores a file the current member uploads, not yet attached to anything.
     *
     * @param declaredSize the size the client announced; the stored object must have exactly this many bytes
     * @throws UploadRefusedException when the file is empty, too large, of a refused type or not fully received
     * @throws RateLimitedException    when the member or the tenant uploaded too much lately
     */
    public AttachmentSummary upload(String filename, long declaredSize, InputStream content) {
        TenantMember member = TenantContext.requireMember();
        rateLimits.acquire(RateLimits.Action.UPLOAD);
        String name = cleanName(filename);
        if (declaredSize <= 0) {
            throw new UploadRefusedException("empty-file", name + " is empty.");
        }
        long limit = maxFileSize();
        if (declaredSize > limit) {
            throw new UploadRefusedException("too-large", name + " is larger than " + (limit / (1024 * 1024)) + " MB.");
        }
        UUID id = UUID.randomUUID();
        String key = "attachments/" + id;
        MessageDigest sha256 = sha256();
        String type;
        try (BufferedInputStream buffered = new BufferedInputStream(content, SNIFF_BYTES)) {
            buffered.mark(SNIFF_BYTES);
            byte[] head = buffered.readNBytes(SNIFF_BYTES);
            buffered.reset();
            type = ContentTypes.detect(head, head.length, name);
            if (type == null) {
                throw new UploadRefusedException("file-type-not-allowed", name + " is a program; programs are not accepted.");
            }
            storage.put(key, new DigestInputStream(buffered, sha256), declaredSize, type);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadRefusedException refused) {
                throw refused;
            }
            removeQuietly(key);
            throw new UploadRefusedException("upload-failed", name + " was not fully received; nothing was kept.");
        }
        String digest = HexFormat.of().formatHex(sha256.digest());
        AttachmentEntity row = new AttachmentEntity(id, key, name, type, declaredSize, digest, member.personId(),
                clock.instant());
        try {
            transactions.executeWithoutResult(s -> attachments.save(row));
        } catch (RuntimeException e) {
            removeQuietly(key);
            throw e;
        }
        return summary(row);
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
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("[\\p{Cntrl}]", "");
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
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
