package app.lexdesk.core.attachments;

import app.lexdesk.core.attachments.RecordFileChanged.Action;
import app.lexdesk.core.attachments.internal.AttachmentEntity;
import app.lexdesk.core.attachments.internal.AttachmentRepository;
import app.lexdesk.core.attachments.internal.AttachmentVersionEntity;
import app.lexdesk.core.attachments.internal.AttachmentVersionRepository;
import app.lexdesk.core.attachments.internal.FolderEntity;
import app.lexdesk.core.attachments.internal.FolderRepository;
import app.lexdesk.core.attachments.internal.RecordFileQueries;
import app.lexdesk.core.records.RecordDirectory;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordRef;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A record's files: folders, where files are, what the requester sees of them, versions, and deletion that
 * administrators can undo for {@link #RESTORABLE_FOR}. Staff do everything here; a requester reads only
 * {@link #visibleToRequester}, and adds files only to the "From requester" folder of their own requests.
 *
 * <p>Files arrive as pending uploads ({@link AttachmentService#upload}) and are claimed here into a folder, so there
 * is one upload path, bounded and streamed. Every change publishes {@link RecordFileChanged} or
 * {@link FileVisibilityChanged} in its transaction; the record's activity and sharing log come from them.
 * Anything of another tenant, or deleted, is simply not found ({@link NoSuchElementException}).
 */
@Service
public class RecordFileService {

    /** How long a deleted file or folder can be restored before it is purged with its stored objects. */
    public static final Duration RESTORABLE_FOR = Duration.ofDays(30);
    private static final int MAX_DEPTH = 16;

    private final AttachmentRepository attachments;
    private final AttachmentVersionRepository versions;
    private final FolderRepository folders;
    private final RecordFileQueries queries;
    private final RecordDirectory records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordFileService(AttachmentRepository attachments, AttachmentVersionRepository versions, FolderRepository folders,
            RecordFileQueries queries, RecordDirectory records, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.attachments = attachments;
        this.versions = versions;
        this.folders = folders;
        this.queries = queries;
        this.records = records;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The record's live folders and files, with what the requester sees and why (staff). */
    @Transactional(readOnly = true)
    public RecordFiles of(UUID recordId) {
        RecordRef record = record(recordId);
        UUID tenant = TenantContext.require().id();
        return new RecordFiles(queries.folders(tenant, record.id()), queries.files(tenant, record.id()));
    }

    /**
     * The files of a record its requester sees, by the one rule of {@link FileVisibility}: only for the record's
     * requester (anyone else gets an empty list, whatever id is asked for), only live files, never earlier versions.
     */
    @Transactional(readOnly = true)
    public List<PortalFile> visibleToRequester(UUID recordId) {
        TenantMember member = TenantContext.requireMember();
        RecordDirectory.AsRequester reader = records.requesterAccessAndRequester(recordId, member.personId());
        return reader.access().mayRead()
                ? queries.visibleToRequester(member.tenant().id(), recordId, reader.requesterId()) : List.of();
    }

    /** {@link #visibleToRequester(UUID)} for the record opened from one of the requester's requests. */
    @Transactional(readOnly = true)
    public List<PortalFile> visibleToRequesterOfRequest(UUID requestId) {
        TenantMember member = TenantContext.requireMember();
        return queries.recordOfRequest(member.tenant().id(), requestId).map(this::visibleToRequester)
                .orElse(List.of());
    }

    /** The record a live folder of the current tenant belongs to (staff). */
    @Transactional(readOnly = true)
    public UUID recordOfFolder(UUID folderId) {
        return staffFolder(folderId).getRecordId();
    }

    // ---- folders

    @Transactional
    public FolderSummary createFolder(UUID recordId, UUID parentId, String name) {
        RecordRef record = record(recordId);
        String clean = folderName(name);
        if (parentId != null) {
            liveFolder(parentId, record.id(), "parentId");
            requireDepth(record.id(), parentId, 1);
        }
        requireFreeName(record.id(), parentId, clean, null);
        FolderEntity folder = folders.save(new FolderEntity(record.id(), parentId, clean, null, null, actor(), now()));
        flushFolders(clean);
        publish(record, Action.FOLDER_CREATED, folder.getId(), clean, null, Map.of("folder", clean));
        return folderSummary(record.id(), folder.getId());
    }

    @Transactional
    public FolderSummary renameFolder(UUID folderId, String name) {
        FolderEntity folder = staffFolder(folderId);
        requireOrdinary(folder);
        String clean = folderName(name);
        if (!clean.equals(folder.getName())) {
            requireFreeName(folder.getRecordId(), folder.getParentId(), clean, folder.getId());
            String before = folder.getName();
            folder.rename(clean);
            flushFolders(clean);
            publish(record(folder.getRecordId()), Action.FOLDER_RENAMED, folder.getId(), clean,
                    Map.of("folder", before), Map.of("folder", clean));
        }
        return folderSummary(folder.getRecordId(), folder.getId());
    }

    /** Moves a folder, with everything in it, into another folder of the record (null: the top level). */
    @Transactional
    public FolderSummary moveFolder(UUID folderId, UUID parentId) {
        FolderEntity folder = staffFolder(folderId);
        requireOrdinary(folder);
        if (Objects.equals(folder.getParentId(), parentId)) {
            return folderSummary(folder.getRecordId(), folder.getId());
        }
        Map<UUID, FolderEntity> live = liveFolders(folder.getRecordId());
        if (parentId != null) {
            liveFolder(parentId, folder.getRecordId(), "parentId");
            for (UUID at = parentId; at != null; at = live.containsKey(at) ? live.get(at).getParentId() : null) {
                if (at.equals(folder.getId())) {
                    throw new InvalidFileChangeException("parentId", "folder-into-itself",
                            "A folder cannot be moved into itself or one of its subfolders.");
                }
            }
            requireDepth(folder.getRecordId(), parentId, height(folder.getId(), live));
        }
        requireFreeName(folder.getRecordId(), parentId, folder.getName(), folder.getId());
        String before = pathOf(folder.getParentId(), live);
        folder.moveTo(parentId);
        flushFolders(folder.getName());
        publish(record(folder.getRecordId()), Action.FOLDER_MOVED, folder.getId(), folder.getName(),
                Map.of("folder", folder.getName(), "from", before),
                Map.of("folder", folder.getName(), "to", pathOf(parentId, live)));
        return folderSummary(folder.getRecordId(), folder.getId());
    }

    /** Deletes a folder with its subfolders and files, restorable together by an administrator. */
    @Transactional
    public void deleteFolder(UUID folderId) {
        FolderEntity folder = staffFolder(folderId);
        requireOrdinary(folder);
        Map<UUID, FolderEntity> live = liveFolders(folder.getRecordId());
        Set<UUID> subtree = subtree(folder.getId(), live);
        UUID deletion = UUID.randomUUID();
        Instant now = now();
        subtree.forEach(id -> live.get(id).delete(deletion, actor(), now));
        attachments.findByFolderIdInAndDeletedAtIsNull(subtree).forEach(a -> a.delete(deletion, actor(), now));
        attachments.flush();
        publish(record(folder.getRecordId()), Action.FOLDER_DELETED, folder.getId(), folder.getName(),
                Map.of("folder", folder.getName()), null);
    }

    /**
     * Restores a deleted folder with what was deleted with it (administrators). It goes back where it was, or to the
     * top level when that folder is deleted too; a name taken meanwhile gets " (restored)".
     */
    @Transactional
    public FolderSummary restoreFolder(UUID folderId) {
        Administration.requireAdministrator();
        FolderEntity folder = folders.findById(folderId).filter(f -> restorable(f.getDeletedAt()))
                .orElseThrow(() -> new NoSuchElementException("No deleted folder " + folderId));
        RecordRef record = record(folder.getRecordId());
        if (folder.getParentId() != null && liveFolders(record.id()).get(folder.getParentId()) == null) {
            folder.moveTo(null);
        }
        String name = freeName(record.id(), folder.getParentId(), folder.getName(), folder.getId());
        folder.rename(name);
        UUID deletion = folder.getDeletionId();
        folders.findByDeletionId(deletion).forEach(FolderEntity::restore);
        attachments.findByDeletionId(deletion).forEach(AttachmentEntity::restore);
        folders.flush();
        publish(record, Action.FOLDER_RESTORED, folder.getId(), name, null, Map.of("folder", name));
        return folderSummary(record.id(), folder.getId());
    }

    // ---- files

    /**
     * Claims the current member's pending uploads into a folder of the record (null: the top level), following the
     * folder's visibility (staff).
     *
     * @throws InvalidFileChangeException for an id that is not a pending upload of the current member; nothing is
     *                                    claimed then
     */
    @Transactional
    public List<RecordFileSummary> add(UUID recordId, UUID folderId, List<UUID> uploadIds) {
        RecordRef record = record(recordId);
        if (folderId != null) {
            liveFolder(folderId, record.id(), "folderId");
        }
        claim(record, folderId, uploadIds, false);
        Set<UUID> added = Set.copyOf(uploadIds);
        return queries.files(TenantContext.require().id(), record.id()).stream()
                .filter(f -> added.contains(f.id())).toList();
    }

    /**
     * Claims the requester's pending uploads into the record's "From requester" folder, created when first needed:
     * only on a record the current member requested (a request's files at submission, or sent from the portal).
     */
    @Transactional
    public List<PortalFile> addFromRequester(RecordKind kind, UUID recordId, List<UUID> uploadIds) {
        TenantMember member = TenantContext.requireMember();
        if (!records.requesterAccess(recordId, member.personId()).mayAct()) {
            throw new NoSuchElementException("No request " + recordId);
        }
        if (uploadIds.isEmpty()) {
            throw new InvalidFileChangeException("uploadIds", "no-files", "Choose at least one uploaded file.");
        }
        claimFromRequester(kind, recordId, uploadIds);
        events.publishEvent(new RequesterUploaded(TenantContext.require(), kind.name(), recordId, uploadIds,
                member.personId(), now()));
        Set<UUID> added = Set.copyOf(uploadIds);
        return visibleToRequester(recordId).stream().filter(f -> added.contains(f.id())).toList();
    }

    /**
     * {@link #addFromRequester} on the record opened from one of the current member's requests (the portal's request
     * page); another requester's request is not found.
     */
    @Transactional
    public List<PortalFile> addFromRequesterToRequest(UUID requestId, List<UUID> uploadIds) {
        RecordFileQueries.RequestRecord record = queries.kindAndRecordOfRequest(TenantContext.require().id(),
                requestId).orElseThrow(() -> new NoSuchElementException("No request " + requestId));
        return addFromRequester(RecordKind.valueOf(record.kind()), record.id(), uploadIds);
    }

    /**
     * {@link #addFromRequester} for the submission that opens the record, in its transaction: the record was just
     * opened for the current member, who is its requester; and for a reply from the portal, whose event names the
     * files (the caller checked the member may act on the record). It creates the record's "From requester" folder even
     * when the request came without files, so later ones have their place from the start.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claimFromRequester(RecordKind kind, UUID recordId, List<UUID> uploadIds) {
        FolderEntity folder = fromRequesterFolder(recordId);
        if (!uploadIds.isEmpty()) {
            UUID me = TenantContext.requireMember().personId();
            claim(new RecordRef(recordId, kind, null, null, me, null, null, null), folder.getId(), uploadIds, true);
        }
    }

    @Transactional
    public RecordFileSummary renameFile(UUID fileId, String name) {
        AttachmentEntity file = staffFile(fileId);
        String clean = fileName(name, file.getFilename());
        if (!clean.equals(file.getFilename())) {
            String before = file.getFilename();
            file.rename(clean);
            attachments.flush();
            publish(record(file.getRecordId()), Action.FILE_RENAMED, file.getId(), clean, Map.of("file", before),
                    Map.of("file", clean));
        }
        return fileSummary(file);
    }

    /** Moves a file into another folder of its record (null: the top level). */
    @Transactional
    public RecordFileSummary moveFile(UUID fileId, UUID folderId) {
        AttachmentEntity file = staffFile(fileId);
        if (!Objects.equals(file.getFolderId(), folderId)) {
            if (folderId != null) {
                liveFolder(folderId, file.getRecordId(), "folderId");
            }
            Map<UUID, FolderEntity> live = liveFolders(file.getRecordId());
            String before = pathOf(file.getFolderId(), live);
            file.moveTo(folderId);
            attachments.flush();
            publish(record(file.getRecordId()), Action.FILE_MOVED, file.getId(), file.getFilename(),
                    Map.of("file", file.getFilename(), "from", before),
                    Map.of("file", file.getFilename(), "to", pathOf(folderId, live)));
        }
        return fileSummary(file);
    }

    @Transactional
    public void deleteFile(UUID fileId) {
        AttachmentEntity file = staffFile(fileId);
        file.delete(UUID.randomUUID(), actor(), now());
        attachments.flush();
        publish(record(file.getRecordId()), Action.FILE_DELETED, file.getId(), file.getFilename(),
                Map.of("file", file.getFilename()), null);
    }

    /** Restores a deleted file (administrators), into its folder, or the top level when that folder is deleted. */
    @Transactional
    public RecordFileSummary restoreFile(UUID fileId) {
        Administration.requireAdministrator();
        AttachmentEntity file = attachments.findById(fileId)
                .filter(a -> a.getRecordId() != null && restorable(a.getDeletedAt()))
                .orElseThrow(() -> new NoSuchElementException("No deleted file " + fileId));
        RecordRef record = record(file.getRecordId());
        if (file.getFolderId() != null && !liveFolders(record.id()).containsKey(file.getFolderId())) {
            file.moveTo(null);
        }
        file.restore();
        attachments.flush();
        publish(record, Action.FILE_RESTORED, file.getId(), file.getFilename(), null,
                Map.of("file", file.getFilename()));
        return fileSummary(file);
    }

    /** What administrators can still restore on a record, newest first. */
    @Transactional(readOnly = true)
    public List<DeletedItem> deleted(UUID recordId) {
        Administration.requireAdministrator();
        RecordRef record = record(recordId);
        Set<UUID> deletedFolders = new HashSet<>();
        List<DeletedItem> items = new ArrayList<>();
        for (FolderEntity f : folders.findByRecordId(record.id())) {
            if (f.getDeletedAt() != null) {
                deletedFolders.add(f.getId());
                items.add(new DeletedItem(f.getId(), true, f.getName(), null, f.getDeletedAt(),
                        f.getDeletedAt().plus(RESTORABLE_FOR)));
            }
        }
        for (AttachmentEntity a : attachments.findByRecordIdAndDeletedAtIsNotNull(record.id())) {
            items.add(new DeletedItem(a.getId(), false, a.getFilename(), null, a.getDeletedAt(),
                    a.getDeletedAt().plus(RESTORABLE_FOR)));
        }
        items.sort((x, y) -> y.deletedAt().compareTo(x.deletedAt()));
        return items;
    }

    // ---- versions

    /**
     * Makes a pending upload of the current member the file's new current version; the earlier one is kept and
     * stays downloadable by staff. The file keeps its name, with the new version's extension when that differs.
     */
    @Transactional
    public RecordFileSummary addVersion(UUID fileId, UUID uploadId) {
        AttachmentEntity file = staffFile(fileId);
        AttachmentEntity upload = pendingUpload(uploadId);
        int before = file.getVersion();
        versions.save(new AttachmentVersionEntity(file));
        String name = withExtensionOf(file.getFilename(), upload.getFilename());
        attachments.delete(upload);
        // The upload's row goes before its object becomes the file's: the storage key is unique.
        attachments.flush();
        file.replaceContent(upload.getStorageKey(), upload.getContentType(), upload.getSize(), upload.getSha256(),
                upload.getUploadedBy(), now());
        file.rename(name);
        attachments.flush();
        publish(record(file.getRecordId()), Action.VERSION_ADDED, file.getId(), name,
                Map.of("file", name, "version", before), Map.of("file", name, "version", file.getVersion()));
        return fileSummary(file);
    }

    /** Every version of a file, the current one first (staff). */
    @Transactional(readOnly = true)
    public List<FileVersion> versions(UUID fileId) {
        AttachmentEntity file = staffFile(fileId);
        List<FileVersion> all = new ArrayList<>();
        all.add(new FileVersion(file.getVersion(), file.getFilename(), file.getContentType(), file.getSize(),
                file.getSha256(), uploaderName(file.getRecordId(), file.getId()), file.getUploadedAt(), true));
        for (AttachmentVersionEntity v : versions.findByAttachmentIdOrderByVersionDesc(file.getId())) {
            all.add(new FileVersion(v.getVersion(), v.getFilename(), v.getContentType(), v.getSize(), v.getSha256(),
                    null, v.getUploadedAt(), false));
        }
        return all;
    }

    // ---- visibility

    /** What a file says about the requester seeing it (staff); publishes {@link FileVisibilityChanged}. */
    @Transactional
    public RecordFileSummary setFileVisibility(UUID fileId, FileVisibility visibility) {
        AttachmentEntity file = staffFile(fileId);
        FileVisibility before = FileVisibility.of(file.getVisibleToPortal());
        if (before != requireVisibility(visibility)) {
            RecordRef record = record(file.getRecordId());
            List<UUID> visibleBefore = queries.visibleIds(TenantContext.require().id(), record.id());
            file.setVisibleToPortal(visibility.column());
            attachments.flush();
            published(record, file.getId(), false, file.getFilename(), pathOf(file.getFolderId(),
                    liveFolders(record.id())), before, visibility, visibleBefore);
        }
        return fileSummary(file);
    }

    /** What a folder says about the requester seeing it and what follows it (staff). */
    @Transactional
    public FolderSummary setFolderVisibility(UUID folderId, FileVisibility visibility) {
        FolderEntity folder = staffFolder(folderId);
        FileVisibility before = FileVisibility.of(folder.getVisibleToPortal());
        if (before != requireVisibility(visibility)) {
            RecordRef record = record(folder.getRecordId());
            List<UUID> visibleBefore = queries.visibleIds(TenantContext.require().id(), record.id());
            folder.setVisibleToPortal(visibility.column());
            folders.flush();
            published(record, folder.getId(), true, folder.getName(), pathOf(folder.getParentId(),
                    liveFolders(record.id())), before, visibility, visibleBefore);
        }
        return folderSummary(folder.getRecordId(), folder.getId());
    }

    private void published(RecordRef record, UUID itemId, boolean folder, String name, String path,
            FileVisibility before, FileVisibility after, List<UUID> visibleBefore) {
        UUID tenant = TenantContext.require().id();
        Map<UUID, String> names = queries.files(tenant, record.id()).stream()
                .collect(Collectors.toMap(RecordFileSummary::id, RecordFileSummary::filename));
        Set<UUID> visibleAfter = new HashSet<>(queries.visibleIds(tenant, record.id()));
        Set<UUID> wasVisible = new HashSet<>(visibleBefore);
        List<FileVisibilityChanged.FileRef> shared = visibleAfter.stream().filter(id -> !wasVisible.contains(id))
                .map(id -> new FileVisibilityChanged.FileRef(id, names.get(id))).toList();
        List<FileVisibilityChanged.FileRef> hidden = wasVisible.stream().filter(id -> !visibleAfter.contains(id))
                .map(id -> new FileVisibilityChanged.FileRef(id, names.get(id))).toList();
        events.publishEvent(new FileVisibilityChanged(TenantContext.require(), record.kind().name(), record.id(),
                itemId, folder, name, path, before, after, shared, hidden, actor(), now()));
    }

    // ---- the pieces

    private void claim(RecordRef record, UUID folderId, List<UUID> uploadIds, boolean fromRequester) {
        if (uploadIds.isEmpty() || uploadIds.size() > 100) {
            throw new InvalidFileChangeException("uploadIds", uploadIds.isEmpty() ? "no-files" : "too-many-files",
                    uploadIds.isEmpty() ? "Choose at least one uploaded file." : "At most 100 files at once.");
        }
        List<AttachmentEntity> pending = new ArrayList<>();
        for (UUID id : new java.util.LinkedHashSet<>(uploadIds)) {
            pending.add(pendingUpload(id));
        }
        for (AttachmentEntity upload : pending) {
            upload.attachTo(record.kind().name(), record.id(), folderId, null, fromRequester);
        }
        attachments.flush();
        for (AttachmentEntity upload : pending) {
            events.publishEvent(new RecordFileChanged(TenantContext.require(), record.kind().name(), record.id(),
                    Action.FILE_ADDED, upload.getId(), upload.getFilename(), null,
                    Map.of("file", upload.getFilename()), fromRequester, actor(), now()));
        }
    }

    private AttachmentEntity pendingUpload(UUID id) {
        UUID me = TenantContext.requireMember().personId();
        return attachments.findById(id).filter(a -> a.getRecordId() == null && a.getUploadedBy().equals(me))
                .orElseThrow(() -> new InvalidFileChangeException("uploadId", "unknown-upload",
                        "Upload " + id + " is not one of your pending uploads."));
    }

    private FolderEntity fromRequesterFolder(UUID recordId) {
        return folders.findByRecordIdAndPurpose(recordId, FolderEntity.FROM_REQUESTER).map(f -> {
            if (f.getDeletedAt() != null) {
                f.restore();
            }
            return f;
        }).orElseGet(() -> folders.saveAndFlush(new FolderEntity(recordId, null,
                freeName(recordId, null, "From requester", null), true, FolderEntity.FROM_REQUESTER, null, now())));
    }

    private RecordRef record(UUID recordId) {
        return records.find(recordId).orElseThrow(() -> new NoSuchElementException("No record " + recordId));
    }

    private FolderEntity staffFolder(UUID folderId) {
        Administration.requireStaff();
        return folders.findById(folderId).filter(f -> f.getDeletedAt() == null)
                .orElseThrow(() -> new NoSuchElementException("No folder " + folderId));
    }

    private AttachmentEntity staffFile(UUID fileId) {
        Administration.requireStaff();
        return attachments.findById(fileId).filter(a -> a.getRecordId() != null && a.getDeletedAt() == null)
                .orElseThrow(() -> new NoSuchElementException("No file " + fileId));
    }

    private void liveFolder(UUID folderId, UUID recordId, String field) {
        folders.findById(folderId).filter(f -> f.getDeletedAt() == null && f.getRecordId().equals(recordId))
                .orElseThrow(() -> new InvalidFileChangeException(field, "unknown-folder",
                        "Folder " + folderId + " is not a folder of this record."));
    }

    private static void requireOrdinary(FolderEntity folder) {
        if (folder.getPurpose() != null) {
            throw new InvalidFileChangeException("folderId", "kept-folder",
                    "The \"From requester\" folder receives the requester's files; it cannot be renamed, moved "
                            + "or deleted.");
        }
    }

    private static FileVisibility requireVisibility(FileVisibility visibility) {
        if (visibility == null) {
            throw new InvalidFileChangeException("visibility", "required",
                    "Choose FOLLOW_FOLDER, VISIBLE or HIDDEN.");
        }
        return visibility;
    }

    private void requireDepth(UUID recordId, UUID parentId, int height) {
        Map<UUID, FolderEntity> live = liveFolders(recordId);
        int depth = 0;
        for (UUID at = parentId; at != null && live.containsKey(at); at = live.get(at).getParentId()) {
            depth++;
        }
        if (depth + height > MAX_DEPTH) {
            throw new InvalidFileChangeException("parentId", "too-deep",
                    "Folders nest at most " + MAX_DEPTH + " levels deep.");
        }
    }

    /**
     * Writes folder changes now. Two writers can both pass {@link #requireFreeName} at once; the database's unique
     * index then refuses the second, which gets the same answer as if it had come later.
     */
    private void flushFolders(String name) {
        try {
            folders.flush();
        } catch (DataIntegrityViolationException e) {
            throw new InvalidFileChangeException("name", "name-taken",
                    "There is already a folder \"" + name + "\" here.");
        }
    }

    private void requireFreeName(UUID recordId, UUID parentId, String name, UUID except) {
        if (nameTaken(recordId, parentId, name, except)) {
            throw new InvalidFileChangeException("name", "name-taken",
                    "There is already a folder \"" + name + "\" here.");
        }
    }

    private String freeName(UUID recordId, UUID parentId, String name, UUID except) {
        String candidate = name;
        for (int i = 1; nameTaken(recordId, parentId, candidate, except); i++) {
            candidate = name + (i == 1 ? " (restored)" : " (restored " + i + ")");
        }
        return candidate;
    }

    private boolean nameTaken(UUID recordId, UUID parentId, String name, UUID except) {
        return liveFolders(recordId).values().stream().anyMatch(f -> !f.getId().equals(except)
                && Objects.equals(f.getParentId(), parentId)
                && f.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    }

    private Map<UUID, FolderEntity> liveFolders(UUID recordId) {
        return folders.findByRecordIdAndDeletedAtIsNull(recordId).stream()
                .collect(Collectors.toMap(FolderEntity::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Set<UUID> subtree(UUID root, Map<UUID, FolderEntity> live) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        live.values().forEach(f -> {
            if (f.getParentId() != null) {
                children.computeIfAbsent(f.getParentId(), k -> new ArrayList<>()).add(f.getId());
            }
        });
        Set<UUID> found = new HashSet<>();
        List<UUID> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            UUID next = todo.remove(todo.size() - 1);
            if (found.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return found;
    }

    /** Levels a folder adds where it goes: 1 for itself, plus its deepest subfolder. */
    private static int height(UUID root, Map<UUID, FolderEntity> live) {
        int height = 1;
        for (FolderEntity f : live.values()) {
            int levels = 0;
            for (UUID at = f.getId(); at != null && live.containsKey(at); at = live.get(at).getParentId()) {
                levels++;
                if (at.equals(root)) {
                    height = Math.max(height, levels);
                    break;
                }
            }
        }
        return height;
    }

    private static String pathOf(UUID folderId, Map<UUID, FolderEntity> live) {
        List<String> names = new ArrayList<>();
        for (UUID at = folderId; at != null && live.containsKey(at); at = live.get(at).getParentId()) {
            names.add(0, live.get(at).getName());
        }
        return String.join(" / ", names);
    }

    private FolderSummary folderSummary(UUID recordId, UUID folderId) {
        return queries.folders(TenantContext.require().id(), recordId).stream()
                .filter(f -> f.id().equals(folderId)).findFirst().orElseThrow();
    }

    private RecordFileSummary fileSummary(AttachmentEntity file) {
        return queries.files(TenantContext.require().id(), file.getRecordId()).stream()
                .filter(f -> f.id().equals(file.getId())).findFirst().orElseThrow();
    }

    private String uploaderName(UUID recordId, UUID fileId) {
        return queries.files(TenantContext.require().id(), recordId).stream().filter(f -> f.id().equals(fileId))
                .map(RecordFileSummary::uploadedBy).findFirst().orElse(null);
    }

    private void publish(RecordRef record, Action action, UUID itemId, String name, Map<String, Object> before,
            Map<String, Object> after) {
        events.publishEvent(new RecordFileChanged(TenantContext.require(), record.kind().name(), record.id(), action,
                itemId, name, before, after, false, actor(), now()));
    }

    /** Deleted, and not yet past the window after which the purge may be removing it. */
    private boolean restorable(Instant deletedAt) {
        return deletedAt != null && deletedAt.plus(RESTORABLE_FOR).isAfter(now());
    }

    private static UUID actor() {
        return TenantContext.member().map(TenantMember::personId).orElse(null);
    }

    private Instant now() {
        return clock.instant();
    }

    /** A folder's name as typed, trimmed; refused when empty, too long, or with characters paths use. */
    static String folderName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 120) {
            throw new InvalidFileChangeException("name", clean.isEmpty() ? "required" : "too-long",
                    clean.isEmpty() ? "A folder needs a name." : "A folder's name has at most 120 characters.");
        }
        if (clean.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == '"' || c == ';')
                || clean.equals(".") || clean.equals("..")) {
            throw new InvalidFileChangeException("name", "invalid-name",
                    "A folder's name cannot contain / \\ \" ; or control characters.");
        }
        return clean;
    }

    /**
     * A file's new name: refused with the characters download headers and paths misread; it keeps the file's
     * extension (which agrees with its detected type) when the new name does not end with it.
     */
    static String fileName(String name, String current) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new InvalidFileChangeException("name", clean.isEmpty() ? "required" : "too-long",
                    clean.isEmpty() ? "A file needs a name." : "A file's name has at most 200 characters.");
        }
        if (clean.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == '"' || c == ';')
                || clean.equals(".") || clean.equals("..")) {
            throw new InvalidFileChangeException("name", "invalid-name",
                    "A file's name cannot contain / \\ \" ; or control characters.");
        }
        String extension = extension(current);
        if (!extension.isEmpty() && !clean.toLowerCase(Locale.ROOT).endsWith(extension)) {
            clean = clean + extension;
        }
        return clean;
    }

    private static String withExtensionOf(String name, String other) {
        String mine = extension(name);
        String theirs = extension(other);
        if (mine.equals(theirs)) {
            return name;
        }
        String stem = mine.isEmpty() ? name : name.substring(0, name.length() - mine.length());
        return stem + theirs;
    }

    /** ".pdf" for "scan.pdf", lower case; empty when the name has none. */
    private static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
