package app.lexdesk.core.workspace.internal;

import app.lexdesk.core.activity.SharingLog;
import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.api.ProblemType;
import app.lexdesk.core.attachments.AttachmentContent;
import app.lexdesk.core.attachments.FileDownloads;
import app.lexdesk.core.attachments.FileNames;
import app.lexdesk.core.attachments.RecordFileService;
import app.lexdesk.core.attachments.ZipSelection;
import app.lexdesk.core.export.TableFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Staff downloads of a record's files beyond the current version of one file: an earlier version, a folder or a
 * selection as a ZIP archive streamed from storage, and the sharing log as a spreadsheet. Always as attachments,
 * never cached by shared caches; anything the caller may not read is 404. What an archive holds is checked before
 * its first byte, so a bad selection gets a problem, not half an archive.
 */
@RestController
@Tag(name = "Record files")
@RequestMapping("/api/v1")
class RecordFileDownloadsController {

    /** Folders (with everything in them) and files of one record to put in an archive. */
    record Selection(List<UUID> folderIds, List<UUID> fileIds) {
    }

    private final FileDownloads downloads;
    private final RecordFileService files;
    private final SharingLog sharingLog;
    private final RecordReferences records;

    RecordFileDownloadsController(FileDownloads downloads, RecordFileService files, SharingLog sharingLog,
            RecordReferences records) {
        this.downloads = downloads;
        this.files = files;
        this.sharingLog = sharingLog;
        this.records = records;
    }

    @GetMapping("/files/{fileId}/versions/{version}/content")
    @Operation(operationId = "downloadFileVersion", summary = "Download one version of a file (staff)")
    ResponseEntity<InputStreamResource> version(@PathVariable UUID fileId, @PathVariable int version) {
        AttachmentContent file = downloads.openVersion(fileId, version)
                .orElseThrow(() -> new NoSuchElementException("No version " + version + " of file " + fileId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.file().contentType()))
                .contentLength(file.file().size())
                .headers(attachment(file.file().filename()))
                .body(new InputStreamResource(file.content()));
    }

    @GetMapping("/folders/{folderId}/archive")
    @Operation(operationId = "downloadFolderArchive", summary = "Download a folder with everything in it as a ZIP "
            + "archive (staff)")
    ResponseEntity<StreamingResponseBody> folderArchive(@PathVariable UUID folderId) {
        UUID record = files.recordOfFolder(folderId);
        return archive(downloads.select(record, List.of(folderId), List.of()));
    }

    @PostMapping(path = "/records/{reference}/files/archive", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "downloadRecordFilesArchive", summary = "Download chosen folders and files of a record "
            + "as one ZIP archive (staff)", description = "Streamed as it is read from storage; at most 2,000 files.")
    ResponseEntity<StreamingResponseBody> selectionArchive(@PathVariable String reference,
            @RequestBody Selection body) {
        List<UUID> folders = body == null || body.folderIds() == null ? List.of() : body.folderIds();
        List<UUID> chosen = body == null || body.fileIds() == null ? List.of() : body.fileIds();
        if (folders.stream().anyMatch(Objects::isNull) || chosen.stream().anyMatch(Objects::isNull)) {
            throw new InvalidParameterException("fileIds", "required", "An id cannot be null.");
        }
        return archive(downloads.select(records.any(reference), folders, chosen));
    }

    @GetMapping("/records/{reference}/sharing-log/export")
    @Operation(operationId = "exportSharingLog", summary = "The sharing log as CSV or XLSX (staff)",
            description = "format: CSV (UTF-8 with a byte order mark) or XLSX; times in UTC.")
    ResponseEntity<StreamingResponseBody> exportSharingLog(@PathVariable String reference,
            @RequestParam(defaultValue = "CSV") String format) {
        TableFormat chosen;
        try {
            chosen = TableFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("format", "invalid-value", "format is CSV or XLSX.");
        }
        UUID record = records.any(reference);
        var entries = sharingLog.of(record);
        StreamingResponseBody body = out -> SharingLog.write(entries, chosen, out, List.of("When", "Who", "Kind",
                "Item", "Folder", "Before", "After", "Now visible", "Now hidden"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(chosen.contentType()))
                .headers(attachment(reference + "-sharing-log." + chosen.extension())).body(body);
    }

    private ResponseEntity<StreamingResponseBody> archive(ZipSelection selection) {
        StreamingResponseBody body = out -> downloads.write(selection, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .headers(attachment(selection.reference() + "-files.zip")).body(body);
    }

    private static HttpHeaders attachment(String filename) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(filename));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl(CacheControl.noStore().cachePrivate());
        return headers;
    }


    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException e) {
        return ApiProblems.response(ApiProblems.problem(ProblemType.NOT_FOUND, "No such folder or file here."));
    }
}
