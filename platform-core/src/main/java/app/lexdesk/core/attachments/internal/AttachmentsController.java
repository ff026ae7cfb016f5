package app.lexdesk.core.attachments.internal;

import app.lexdesk.core.attachments.AttachmentContent;
import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.FileNames;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads, streamed from storage. Always as an attachment (never rendered by the browser, whatever the file holds),
 * named by {@link FileNames#contentDisposition}, never cached by shared caches; a file the caller may not open is 404,
 * exactly like one that does not exist.
 */
@RestController
@Tag(name = "Files")
@RequestMapping("/api/v1/attachments")
class AttachmentsController {

    private final AttachmentService attachments;

    AttachmentsController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/{id}/content")
    @Operation(operationId = "downloadFile",
            summary = "Download a file", description = "Staff: any file on a record of their tenant. "
            + "Requesters: files the legal team made visible on their own requests. Anything else is 404.")
    ResponseEntity<InputStreamResource> content(@PathVariable UUID id, HttpServletRequest request) {
        if (HttpMethod.HEAD.matches(request.getMethod())) {
            // Opening a file records a download; a HEAD request downloads nothing.
            throw new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED, "Use GET to download a file.");
        }
        AttachmentContent file = attachments.open(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No file " + id + "."));
        try {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(file.file().contentType()))
                    .contentLength(file.file().size())
                    .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(file.file().filename()))
                    .header("X-Content-Type-Options", "nosniff")
                    .cacheControl(CacheControl.noStore().cachePrivate())
                    .body(new InputStreamResource(file.content()));
        } catch (RuntimeException e) {
            // The body will never be written: give the storage connection back.
            try {
                file.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }
}
