package app.lexdesk.core.attachments.internal;

import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.attachments.StreamingUploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uploads waiting for a request. The body is parsed as it arrives ({@link StreamingUploads}): the file goes to
 * storage while it is received, counted against the tenant's limit, never spooled to disk first.
 */
@RestController
@Tag(name = "Files")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1/uploads", produces = MediaType.APPLICATION_JSON_VALUE)
class UploadsController {

    private final StreamingUploads uploads;

    UploadsController(StreamingUploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "201", description = "The stored file, pending until a request claims it")
    @ApiResponse(responseCode = "503", description = "File storage is unavailable; nothing was kept. Try again later "
            + "(see the Retry-After header)")
    @Operation(operationId = "uploadFile",
            summary = "Upload a file to attach to a request", description = "Streams the file to storage and "
            + "returns its id; pass the id in a request's `attachments`. Unclaimed uploads are removed later.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(type = "object", requiredProperties = "file"),
                    schemaProperties = @SchemaProperty(name = "file",
                            schema = @Schema(type = "string", format = "binary")))))
    ResponseEntity<AttachmentSummary> upload(@Parameter(hidden = true) HttpServletRequest request) {
        AttachmentSummary stored = uploads.receive(request, StreamingUploads.Parts.one("file"),
                received -> received.files().get(0));
        return ResponseEntity.status(HttpStatus.CREATED).body(stored);
    }
}
