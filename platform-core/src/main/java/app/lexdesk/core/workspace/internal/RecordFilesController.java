package app.lexdesk.core.workspace.internal;

import app.lexdesk.core.activity.SharingLog;
import app.lexdesk.core.activity.SharingLogEntry;
import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.api.MergePatch;
import app.lexdesk.core.api.ProblemType;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.attachments.DeletedItem;
import app.lexdesk.core.attachments.FileVersion;
import app.lexdesk.core.attachments.FileVisibility;
import app.lexdesk.core.attachments.FolderSummary;
import app.lexdesk.core.attachments.RecordFileService;
import app.lexdesk.core.attachments.RecordFileSummary;
import app.lexdesk.core.attachments.RecordFiles;
import app.lexdesk.core.attachments.StreamingUploads;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A record's files over REST (staff): folders and files, where they are, what the requester sees of them, versions,
 * restorable deletion and the sharing log. A record is addressed by its reference (a matter's or a contract's), a
 * folder or file by its id; another tenant's ids and references are 404, exactly like ones that do not exist.
 * Files arrive as uploads ({@code POST /api/v1/uploads}) claimed here into a folder. Downloads (a version, an
 * archive, the log as a spreadsheet) are in {@link RecordFileDownloadsController}.
 */
@RestController
@Tag(name = "Record files")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class RecordFilesController {

    /** A folder to create: its name, and the folder it goes in (absent or null: the record's top level). */
    record NewFolder(String name, UUID parentId) {
    }

    /** Pending uploads of the caller to place in a folder (absent or null: the top level). */
    record AddFiles(UUID folderId, List<UUID> uploadIds) {
    }

    /** What a file or folder says about the requester seeing it. */
    record VisibilityChoice(FileVisibility visibility) {
    }

    /** A pending upload of the caller that becomes the file's new current version. */
    record NewVersion(UUID uploadId) {
    }

    private static final String VISIBILITY_RULE = "FOLLOW_FOLDER leaves it to the folder it is in; at the top "
            + "level following nothing means hidden. A shared folder shares everything in it that does not say "
            + "otherwise; a file set to HIDDEN stays hidden in a shared folder.";

    private final RecordFileService files;
    private final SharingLog sharingLog;
    private final RecordReferences records;
    private final StreamingUploads uploads;

    RecordFilesController(RecordFileService files, SharingLog sharingLog, RecordReferences records,
            StreamingUploads uploads) {
        this.uploads = uploads;
        this.files = files;
        this.sharingLog = sharingLog;
        this.records = records;
    }

    @GetMapping("/records/{reference}/files")
    @Operation(operationId = "listRecordFiles", summary = "A matter's or contract's folders and files (staff)",
            description = "Each item says whether the requester sees it and why (its own setting, a folder's, or "
                    + "none). " + VISIBILITY_RULE)
    RecordFiles list(@PathVariable String reference) {
        return files.of(records.any(reference));
    }

    @PostMapping("/records/{reference}/folders")
    @ApiResponse(responseCode = "201", description = "The folder, as created")
    @Operation(operationId = "createFolder", summary = "Create a folder on a record (staff)",
            description = "Names are unique among a folder's subfolders (ignoring case); folders nest 16 deep.")
    ResponseEntity<FolderSummary> createFolder(@PathVariable String reference, @RequestBody NewFolder body) {
        NewFolder folder = body == null ? new NewFolder(null, null) : body;
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(files.createFolder(records.any(reference), folder.parentId(), folder.name()));
    }

    @PostMapping("/records/{reference}/files")
    @ApiResponse(responseCode = "201", description = "The files, as placed")
    @Operation(operationId = "addRecordFiles", summary = "Place uploaded files in a folder of a record (staff)",
            description = "Upload each file first (POST /api/v1/uploads), then place up to 100 of them here. "
                    + "They follow the folder's visibility.")
    ResponseEntity<List<RecordFileSummary>> addFiles(@PathVariable String reference, @RequestBody AddFiles body) {
        List<UUID> uploads = body == null || body.uploadIds() == null ? List.of() : body.uploadIds();
        if (uploads.stream().anyMatch(Objects::isNull)) {
            throw new InvalidParameterException("uploadIds", "required", "An upload id cannot be null.");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(files.add(records.any(reference), body == null ? null : body.folderId(), uploads));
    }

    @PostMapping(path = "/records/{reference}/files/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "201", description = "The files, as placed")
    @ApiResponse(responseCode = "503", description = "File storage is unavailable; nothing was kept. Try again later "
            + "(see the Retry-After header)")
    @Operation(operationId = "uploadRecordFiles", summary = "Upload files straight into a folder of a record (staff)",
            description = "Up to 20 `file` parts, streamed to storage as they arrive; all or nothing. folderId in the "
                    + "query (absent: the top level). The files follow the folder's visibility.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(type = "object", requiredProperties = "file"),
                    schemaProperties = @SchemaProperty(name = "file", array = @ArraySchema(
                            schema = @Schema(type = "string", format = "binary"))))))
    ResponseEntity<List<RecordFileSummary>> upload(@PathVariable String reference,
            @RequestParam(required = false) UUID folderId, @Parameter(hidden = true) HttpServletRequest request) {
        UUID record = records.any(reference);
        List<RecordFileSummary> placed = uploads.receive(request, StreamingUploads.Parts.upTo("file", 20),
                received -> files.add(record, folderId, received.files().stream().map(AttachmentSummary::id)
                        .toList()));
        return ResponseEntity.status(HttpStatus.CREATED).body(placed);
    }

    @GetMapping("/records/{reference}/files/deleted")
    @Operation(operationId = "listDeletedRecordFiles",
            summary = "Deleted folders and files of a record that can still be restored (administrators)")
    List<DeletedItem> deleted(@PathVariable String reference) {
        return files.deleted(records.any(reference));
    }

    @GetMapping("/records/{reference}/sharing-log")
    @Operation(operationId = "getSharingLog", summary = "Who shared or hid which file or folder, when (staff)",
            description = "Newest first, with the files the requester gained or lost by each change. As CSV or "
                    + "XLSX: GET …/sharing-log/export.")
    List<SharingLogEntry> sharingLog(@PathVariable String reference) {
        return sharingLog.of(records.any(reference));
    }

    @PatchMapping(path = "/folders/{folderId}", consumes = {"application/merge-patch+json",
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(operationId = "updateFolder", summary = "Rename a folder or move it (staff)",
            description = "A JSON merge patch of name and parentId (null: the record's top level). The \"From "
                    + "requester\" folder cannot be renamed or moved.")
    FolderSummary updateFolder(@PathVariable UUID folderId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = NewFolder.class))) @RequestBody JsonNode body) {
        MergePatch patch = MergePatch.of(body, Set.of("name", "parentId"));
        UUID parent = patch.has("parentId") ? uuid(patch, "parentId") : null;
        FolderSummary result = null;
        if (patch.has("name")) {
            result = files.renameFolder(folderId, patch.text("name"));
        }
        if (patch.has("parentId")) {
            result = files.moveFolder(folderId, parent);
        }
        if (result == null) {
            throw new InvalidParameterException("body", "empty-patch", "Give a name or a parentId.");
        }
        return result;
    }

    @PutMapping("/folders/{folderId}/visibility")
    @Operation(operationId = "setFolderVisibility", summary = "Share a folder with the requester or hide it (staff)",
            description = VISIBILITY_RULE)
    FolderSummary setFolderVisibility(@PathVariable UUID folderId, @RequestBody VisibilityChoice body) {
        return files.setFolderVisibility(folderId, body == null ? null : body.visibility());
    }

    @DeleteMapping("/folders/{folderId}")
    @ApiResponse(responseCode = "204", description = "Deleted, with its subfolders and files; restorable 30 days")
    @Operation(operationId = "deleteFolder", summary = "Delete a folder with everything in it (staff)")
    ResponseEntity<Void> deleteFolder(@PathVariable UUID folderId) {
        files.deleteFolder(folderId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/folders/{folderId}/restore")
    @Operation(operationId = "restoreFolder", summary = "Restore a deleted folder with what was deleted with it "
            + "(administrators)")
    FolderSummary restoreFolder(@PathVariable UUID folderId) {
        return files.restoreFolder(folderId);
    }

    @PatchMapping(path = "/files/{fileId}", consumes = {"application/merge-patch+json",
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(operationId = "updateRecordFile", summary = "Rename a file or move it to another folder (staff)",
            description = "A JSON merge patch of name and folderId (null: the record's top level). A name keeps "
                    + "the file's extension, which agrees with its detected type.")
    RecordFileSummary updateFile(@PathVariable UUID fileId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = AddFiles.class))) @RequestBody JsonNode body) {
        MergePatch patch = MergePatch.of(body, Set.of("name", "folderId"));
        UUID folder = patch.has("folderId") ? uuid(patch, "folderId") : null;
        RecordFileSummary result = null;
        if (patch.has("name")) {
            result = files.renameFile(fileId, patch.text("name"));
        }
        if (patch.has("folderId")) {
            result = files.moveFile(fileId, folder);
        }
        if (result == null) {
            throw new InvalidParameterException("body", "empty-patch", "Give a name or a folderId.");
        }
        return result;
    }

    @PutMapping("/files/{fileId}/visibility")
    @Operation(operationId = "setFileVisibility", summary = "Share a file with the requester or hide it (staff)",
            description = VISIBILITY_RULE)
    RecordFileSummary setFileVisibility(@PathVariable UUID fileId, @RequestBody VisibilityChoice body) {
        return files.setFileVisibility(fileId, body == null ? null : body.visibility());
    }

    @DeleteMapping("/files/{fileId}")
    @ApiResponse(responseCode = "204", description = "Deleted; restorable 30 days by administrators")
    @Operation(operationId = "deleteRecordFile", summary = "Delete a file (staff)")
    ResponseEntity<Void> deleteFile(@PathVariable UUID fileId) {
        files.deleteFile(fileId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/files/{fileId}/restore")
    @Operation(operationId = "restoreRecordFile", summary = "Restore a deleted file (administrators)")
    RecordFileSummary restoreFile(@PathVariable UUID fileId) {
        return files.restoreFile(fileId);
    }

    @GetMapping("/files/{fileId}/versions")
    @Operation(operationId = "listFileVersions", summary = "A file's versions, the current one first (staff)",
            description = "Each downloads at GET /api/v1/files/{fileId}/versions/{version}/content.")
    List<FileVersion> versions(@PathVariable UUID fileId) {
        return files.versions(fileId);
    }

    @PostMapping("/files/{fileId}/versions")
    @ApiResponse(responseCode = "201", description = "The file with its new current version")
    @Operation(operationId = "addFileVersion", summary = "Make an upload the file's new version (staff)",
            description = "Earlier versions are kept and stay downloadable by staff; the requester sees only the "
                    + "current one, when the file is visible.")
    ResponseEntity<RecordFileSummary> addVersion(@PathVariable UUID fileId, @RequestBody NewVersion body) {
        if (body == null || body.uploadId() == null) {
            throw new InvalidParameterException("uploadId", "required", "Give the id of an upload.");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(files.addVersion(fileId, body.uploadId()));
    }

    private static UUID uuid(MergePatch patch, String name) {
        String text = patch.text(name);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "invalid-id", name + " is an id like "
                    + "3f2b6a4e-0c1d-4e5f-8a9b-0c1d2e3f4a5b.");
        }
    }


    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException e) {
        return ApiProblems.response(ApiProblems.problem(ProblemType.NOT_FOUND, "No such folder or file here."));
    }
}
