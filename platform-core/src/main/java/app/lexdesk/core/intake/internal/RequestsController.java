package app.lexdesk.core.intake.internal;

import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.ProblemType;
import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.InvalidRequestException;
import app.lexdesk.core.intake.PortalRequest;
import app.lexdesk.core.intake.RequestDetails;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.intake.SubmittedRequest;
import app.lexdesk.core.tenancy.TenantContext;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Requests")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
class RequestsController {

    /** A new request, as the API takes it. */
    record NewRequest(String type, String subject, String description, Map<String, String> fields, String language,
            List<UUID> attachments) {
    }

    /**
     * A request as the API shows it. Where it was classified and why is for the legal team only: absent from
     * requesters' answers.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RequestResource(String reference, String kind, String type, String subject, String description,
            Map<String, String> fields, String language, Instant submittedAt, String requester, String company,
            String target, String classification, String record, List<FileResource> files) {

        static RequestResource of(SubmittedRequest r) {
            return of(r, null);
        }

        /** The core decided what the caller sees: only staff get a {@link RequestDetails}. */
        static RequestResource of(SubmittedRequest r, List<FileResource> files) {
            RequestDetails staff = r instanceof RequestDetails details ? details : null;
            return new RequestResource(r.reference(), r.kind().name(), r.typeCode(), r.subject(), r.description(),
                    r.fields(), r.language(), r.submittedAt(), r.requesterName(), r.companyName(),
                    staff == null ? null : staff.target(), staff == null ? null : staff.classification(),
                    staff == null ? null : staff.recordReference(), files);
        }
    }

    /**
     * A file of a request, with where to download it. Requesters are only ever shown the files the legal team
     * made visible; whether a file is visible is for staff answers only.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FileResource(UUID id, String filename, String contentType, long size, String sha256,
            Boolean visibleToPortal, String href) {

        static FileResource of(AttachmentSummary a, boolean staff) {
            return new FileResource(a.id(), a.filename(), a.contentType(), a.size(), a.sha256(),
                    staff ? a.visibleToPortal() : null, "/api/v1/attachments/" + a.id() + "/content");
        }
    }

    private final IntakeService intake;
    private final AttachmentService attachments;

    RequestsController(IntakeService intake, AttachmentService attachments) {
        this.intake = intake;
        this.attachments = attachments;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "The request, stored and classified; Location names it")
    @Operation(operationId = "submitRequest",
            summary = "Submit a request (portal users)", description = "Validates everything first and stores "
            + "nothing on error (400 with field paths). Repeating a call with the same Idempotency-Key returns "
            + "the first request instead of creating another.")
    ResponseEntity<RequestResource> submit(@RequestBody NewRequest body,
            @Parameter(description = "Client-chosen key that makes retries safe")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        PortalRequest created = intake.submit(new SubmitRequest(body.type(), body.subject(), body.description(),
                body.fields(), body.language(), idempotencyKey, body.attachments()));
        return ResponseEntity.created(URI.create("/api/v1/requests/" + created.reference()))
                .body(RequestResource.of(created));
    }

    @GetMapping
    @Operation(operationId = "listMyRequests", summary = "The caller's requests, newest first, a page at a time",
            description = "At most size (1–100, default 100) from page (0-based); X-Total-Count says how many there "
                    + "are in all. GET /api/v1/portal/requests adds the status, filters and colleagues' requests.")
    ResponseEntity<List<RequestResource>> mine(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || page > 100_000) {
            throw new app.lexdesk.core.api.InvalidParameterException("page", "out-of-range",
                    "page is between 0 and 100000.");
        }
        if (size < 1 || size > 100) {
            throw new app.lexdesk.core.api.InvalidParameterException("size", "out-of-range",
                    "size is between 1 and 100.");
        }
        var found = intake.mine(page, size);
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(found.getTotalElements()))
                .body(found.getContent().stream().map(RequestResource::of).toList());
    }

    @GetMapping("/{reference}")
    @Operation(operationId = "getRequest",
            summary = "One request with its files: requesters see their own, staff any of their tenant's")
    RequestResource one(@PathVariable String reference) {
        boolean staff = staff();
        return intake.find(reference).map(r -> RequestResource.of(r, attachments.ofRequest(r.id()).stream()
                        .map(a -> FileResource.of(a, staff)).toList()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No request " + reference + "."));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return ApiProblems.response(ApiProblems.problem(ProblemType.INVALID_REQUEST,
                "The request has " + e.problems().size() + " problem(s); nothing was stored.",
                e.problems().stream().map(p -> new ApiProblems.FieldError(p.field(), p.code(), p.message())).toList()));
    }

    private static boolean staff() {
        return TenantContext.requireMember().isStaff();
    }
}
