package app.lexdesk.core.attachments.internal;

import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.ProblemType;
import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.attachments.UploadRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Files")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1/uploads", produces = MediaType.APPLICATION_JSON_VALUE)
class UploadsController {

    private final AttachmentService attachments;

    UploadsController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "201", description = "The stored file, pending until a request claims it")
    @Operation(operationId = "uploadFile",
            summary = "Upload a file to attach to a request", description = "Streams the file to storage and "
            + "returns its id; pass the id in a request's `attachments`. Unclaimed uploads are removed later.")
    ResponseEntity<AttachmentSummary> upload(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            AttachmentSummary stored = attachments.upload(file.getOriginalFilename(), file.getSize(), in);
            return ResponseEntity.status(HttpStatus.CREATED).body(stored);
        }
    }

    @ExceptionHandler(UploadRefusedException.class)
    ResponseEntity<ProblemDetail> refused(UploadRefusedException e) {
        return ApiProblems.response(ApiProblems.invalid(ProblemType.UPLOAD_REFUSED, "file", e.code(), e.getMessage()));
    }
}
