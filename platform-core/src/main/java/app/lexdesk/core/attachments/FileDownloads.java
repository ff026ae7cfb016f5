package app.lexdesk.core.attachments;

import app.lexdesk.core.attachments.internal.AttachmentEntity;
import app.lexdesk.core.attachments.internal.AttachmentRepository;
import app.lexdesk.core.attachments.internal.AttachmentVersionRepository;
import app.lexdesk.core.attachments.internal.RecordFileQueries;
import app.lexdesk.core.records.RecordDirectory;
import app.lexdesk.core.records.RecordRef;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff downloads beyond one current file ({@link AttachmentService#open}): an earlier version, and a folder or a
 * selection as one ZIP archive. The archive is streamed entry by entry straight from storage to the caller's stream,
 * never assembled in memory or on disk; what it will hold is checked and recorded ({@link FileDownloaded} per file)
 * before the first byte, so a bad selection is refused while an error can still be answered.
 */
@Service
public class FileDownloads {

    private static final int MAX_ZIP_FILES = 2000;

    private final AttachmentRepository attachments;
    private final AttachmentVersionRepository versions;
    private final RecordFileQueries queries;
    private final RecordDirectory records;
    private final ObjectStorage storage;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FileDownloads(AttachmentRepository attachments, AttachmentVersionRepository versions, RecordFileQueries queries,
            RecordDirectory records, ObjectStorage storage, TransactionTemplate transactions,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.attachments = attachments;
        this.versions = versions;
        this.queries = queries;
        this.records = records;
        this.storage = storage;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One version of a live file (staff); empty for anything else. The current version opens as the file does. */
    public Optional<AttachmentContent> openVersion(UUID fileId, int version) {
        Administration.requireStaff();
        TenantMember member = TenantContext.requireMember();
        Optional<Stored> found = transactions.execute(s -> attachments.findById(fileId)
                .filter(a -> a.getRecordId() != null && a.getDeletedAt() == null)
                .flatMap(a -> a.getVersion() == version
                        ? Optional.of(new Stored(a, a.getStorageKey(), a.getFilename(), a.getContentType(), a.getSize(),
                                a.getSha256()))
                        : versions.findByAttachmentIdAndVersion(a.getId(), version).map(v -> new Stored(a,
                                v.getStorageKey(), v.getFilename(), v.getContentType(), v.getSize(), v.getSha256()))));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Stored file = found.get();
        Optional<? extends InputStream> content = storage.open(file.key());
        if (content.isEmpty()) {
            return Optional.empty();
        }
        recordDownloads(member, List.of(file.file()));
        return Optional.of(new AttachmentContent(new AttachmentSummary(fileId, file.filename(), file.contentType(),
                file.size(), file.sha256(), false, file.file().getUploadedAt()), content.get()));
    }

    /**
     * Checks a selection of a record's live folders (with everything in them) and files for an archive and records
     * the download of each file (staff).
     *
     * @throws NoSuchElementException     when the record is not one of the current tenant's
     * @throws InvalidFileChangeException when an id is not a live folder or file of the record, or nothing is chosen
     */
    public ZipSelection select(UUID recordId, Collection<UUID> folderIds, Collection<UUID> fileIds) {
        Administration.requireStaff();
        TenantMember member = TenantContext.requireMember();
        ZipSelection selection = transactions.execute(s -> plan(recordId, folderIds, fileIds));
        recordDownloads(member, transactions.execute(s ->
                attachments.findAllById(selection.entries().stream().map(ZipSelection.Entry::fileId).toList())));
        return selection;
    }

    /** Writes the archive to {@code out}, one stored object at a time; the caller closes {@code out}. */
    public void write(ZipSelection selection, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // Office files and PDFs are compressed already: a fast level keeps the archive quick to stream.
        zip.setLevel(Deflater.BEST_SPEED);
        try (TenantContext.Scope ignored = TenantContext.open(selection.tenant())) {
            for (ZipSelection.Entry entry : selection.entries()) {
                ZipEntry zipEntry = new ZipEntry(entry.path());
                zip.putNextEntry(zipEntry);
                Optional<? extends InputStream> content = storage.open(entry.storageKey());
                if (content.isPresent()) {
                    try (InputStream in = content.get()) {
                        in.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    private ZipSelection plan(UUID recordId, Collection<UUID> folderIds, Collection<UUID> fileIds) {
        RecordRef record = records.find(recordId).orElseThrow(() -> new NoSuchElementException("No record " + recordId));
        if (folderIds.isEmpty() && fileIds.isEmpty()) {
            throw new InvalidFileChangeException("fileIds", "required", "Choose at least one folder or file.");
        }
        UUID tenant = TenantContext.require().id();
        Map<UUID, FolderSummary> folders = new LinkedHashMap<>();
        queries.folders(tenant, record.id()).forEach(f -> folders.put(f.id(), f));
        Map<UUID, RecordFileSummary> files = new LinkedHashMap<>();
        queries.files(tenant, record.id()).forEach(f -> files.put(f.id(), f));
        for (UUID id : folderIds) {
            if (!folders.containsKey(id)) {
                throw new InvalidFileChangeException("folderIds", "unknown-folder",
                        "Folder " + id + " is not a folder of this record.");
            }
        }
        for (UUID id : fileIds) {
            if (!files.containsKey(id)) {
                throw new InvalidFileChangeException("fileIds", "unknown-file",
                        "File " + id + " is not a file of this record.");
            }
        }
        // A chosen folder's files go under the folder's own name; a chosen file at the archive's top level.
        Map<UUID, String> entryPaths = new LinkedHashMap<>();
        for (RecordFileSummary file : files.values()) {
            for (UUID chosen : folderIds) {
                String inside = within(file.folderId(), chosen, folders);
                if (inside != null && !entryPaths.containsKey(file.id())) {
                    entryPaths.put(file.id(), inside + file.filename());
                }
            }
        }
        for (UUID id : fileIds) {
            entryPaths.putIfAbsent(id, files.get(id).filename());
        }
        if (entryPaths.size() > MAX_ZIP_FILES) {
            throw new InvalidFileChangeException("fileIds", "too-many-files",
                    "An archive holds at most " + MAX_ZIP_FILES + " files.");
        }
        Map<UUID, String> keys = new HashMap<>();
        attachments.findAllById(entryPaths.keySet()).forEach(a -> keys.put(a.getId(), a.getStorageKey()));
        Set<String> used = new HashSet<>();
        List<ZipSelection.Entry> entries = new ArrayList<>();
        entryPaths.forEach((id, path) -> entries.add(new ZipSelection.Entry(id, unique(safePath(path), used),
                keys.get(id))));
        return new ZipSelection(TenantContext.require(), record.reference(), entries);
    }

    /** The path inside {@code chosen} to a file in {@code folderId} ("Chosen/Sub/"), null when it is not inside. */
    private static String within(UUID folderId, UUID chosen, Map<UUID, FolderSummary> folders) {
        List<String> names = new ArrayList<>();
        for (UUID at = folderId; at != null && folders.containsKey(at); at = folders.get(at).parentId()) {
            names.add(0, folders.get(at).name());
            if (at.equals(chosen)) {
                return String.join("/", names) + "/";
            }
        }
        return null;
    }

    /** Entry names never climb out of the archive or carry characters unzip tools misread. */
    private static String safePath(String path) {
        StringBuilder safe = new StringBuilder();
        for (String part : path.split("/")) {
            String clean = part.replaceAll("[\\p{Cntrl}\\\\:*?\"<>|]", "_").strip();
            if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
                clean = "_";
            }
            safe.append(safe.isEmpty() ? "" : "/").append(clean);
        }
        return safe.toString();
    }

    private static String unique(String path, Set<String> used) {
        String candidate = path;
        int dot = path.lastIndexOf('.');
        boolean hasExtension = dot > path.lastIndexOf('/') + 1;
        for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = hasExtension ? path.substring(0, dot) + " (" + i + ")" + path.substring(dot)
                    : path + " (" + i + ")";
        }
        return candidate;
    }

    private void recordDownloads(TenantMember member, List<AttachmentEntity> files) {
        transactions.executeWithoutResult(s -> files.forEach(file -> events.publishEvent(new FileDownloaded(
                member.tenant(), file.getRecordKind(), file.getRecordId(), file.getId(), file.getFilename(),
                member.personId(), clock.instant()))));
    }

    private record Stored(AttachmentEntity file, String key, String filename, String contentType, long size,
            String sha256) {
    }
}
