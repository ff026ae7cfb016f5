package app.lexdesk.core.portal.internal;

import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.api.ProblemType;
import app.lexdesk.core.attachments.FileNames;
import app.lexdesk.core.attachments.PortalFile;
import app.lexdesk.core.export.TableFormat;
import app.lexdesk.core.feedback.PortalFeedback;
import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.notes.PortalNote;
import app.lexdesk.core.portal.PortalColleague;
import app.lexdesk.core.portal.PortalPage;
import app.lexdesk.core.portal.PortalQuery;
import app.lexdesk.core.portal.PortalRequestDetails;
import app.lexdesk.core.portal.PortalScope;
import app.lexdesk.core.portal.PortalService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The client portal over REST, for requesters: the portal read model only. Another requester's request, another
 * company's, another tenant's or an unknown reference is 404; a colleague who reads a request through company
 * visibility cannot write on it (404 too: there is nothing of theirs to write on).
 */
@RestController
@Tag(name = "Client portal")
@RequestMapping("/api/v1/portal")
class PortalController {

    /** A reply: its plain text, and uploads of the caller (POST /api/v1/uploads) sent with it. */
    record Reply(String text, List<UUID> uploadIds) {
    }

    /** Uploads of the caller to send on a request. */
    record SentFiles(List<UUID> uploadIds) {
    }

    /** A rating of the answer, 1 to 5, and an optional comment. */
    record Rating(Integer rating, String comment) {
    }

    /** The tenant's portal settings. */
    record PortalSettings(Boolean companyRequestsVisible) {
    }

    private final PortalService portal;

    PortalController(PortalService portal) {
        this.portal = portal;
    }

    @GetMapping(path = "/requests", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listPortalRequests", summary = "The caller's requests, newest first, a page at a time",
            description = "Their own, those a colleague named them on, and — when the tenant allows — their "
                    + "company's (marked colleague). q searches subject and reference; scope ALL, OPEN or CLOSED; "
                    + "kind MATTER or CONTRACT; size at most 100.")
    PortalPage list(@RequestParam(required = false) String q, @RequestParam(required = false) String scope,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || page > 100_000) {
            throw new InvalidParameterException("page", "out-of-range", "page is between 0 and 100000.");
        }
        if (size < 1 || size > PortalService.MAX_PAGE_SIZE) {
            throw new InvalidParameterException("size", "out-of-range", "size is between 1 and 100.");
        }
        return portal.requests(query(q, scope, kind), page, size);
    }

    @GetMapping("/requests/export")
    @Operation(operationId = "exportPortalRequests", summary = "The caller's filtered list as CSV or XLSX",
            description = "The same filters as the list, every page; format CSV (UTF-8 with a byte order mark) or "
                    + "XLSX; times in UTC.")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String q,
            @RequestParam(required = false) String scope, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "CSV") String format) {
        TableFormat chosen = choice("format", format, TableFormat.class);
        PortalQuery query = query(q, scope, kind);
        app.lexdesk.core.tenancy.TenantMember member = app.lexdesk.core.tenancy.TenantContext.requireMember();
        StreamingResponseBody body = out -> {
            try (var ignored = app.lexdesk.core.tenancy.TenantContext.open(member)) {
                portal.export(query, chosen, out, List.of("Reference", "Subject", "Kind", "Type", "Status",
                        "Assignee", "Submitted", "Last update", "Requester"), Locale.ENGLISH);
            }
        };
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition("my-requests." + chosen.extension()));
        headers.setCacheControl(CacheControl.noStore().cachePrivate());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(chosen.contentType())).headers(headers)
                .body(body);
    }

    @GetMapping(path = "/requests/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getPortalRequest", summary = "One request as its requester sees it",
            description = "Status (portal label) with its history, assignee, description, visible developments, "
                    + "shared notes, visible files with their download links (GET /api/v1/attachments/{id}/content), "
                    + "the visible timeline. Opening it marks it seen.")
    PortalRequestDetails one(@PathVariable String reference) {
        return portal.request(reference).orElseThrow(() -> new NoSuchElementException("No request " + reference));
    }

    @PostMapping(path = "/requests/{reference}/notes", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "The reply, as the thread shows it")
    @Operation(operationId = "replyOnPortalRequest", summary = "Reply to the legal team, with files if you like",
            description = "A shared note marked from the requester; uploads go to the request's \"From requester\" "
                    + "folder. Limited per person and tenant: 429 with Retry-After.")
    ResponseEntity<PortalNote> reply(@PathVariable String reference, @RequestBody Reply body) {
        List<UUID> uploads = ids(body == null ? null : body.uploadIds());
        return ResponseEntity.status(HttpStatus.CREATED).body(portal.reply(reference,
                body == null ? null : body.text(), uploads));
    }

    @PostMapping(path = "/requests/{reference}/files", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "The files as the requester now sees them")
    @Operation(operationId = "sendPortalFiles", summary = "Send files on a request",
            description = "Upload each file first (POST /api/v1/uploads), then send up to 100 of them here: they "
                    + "land in the request's \"From requester\" folder, marked as yours.")
    ResponseEntity<List<PortalFile>> send(@PathVariable String reference, @RequestBody SentFiles body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(portal.send(reference,
                ids(body == null ? null : body.uploadIds())));
    }

    @PutMapping(path = "/requests/{reference}/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "rateMyPortalRequest", summary = "Rate the answer to your request (1–5), with a comment",
            description = "Once its record is closed; you may change your rating while it stays closed. Only the "
                    + "request's requester rates it.")
    PortalFeedback rate(@PathVariable String reference, @RequestBody Rating body) {
        return portal.rate(reference, body == null ? null : body.rating(), body == null ? null : body.comment());
    }

    @GetMapping(path = "/colleagues", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listPortalColleagues",
            summary = "People of your company you may name on one of your requests")
    List<PortalColleague> colleagues() {
        return portal.colleagues();
    }

    @PutMapping(path = "/requests/{reference}/colleagues/{personId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "nameColleagueOnPortalRequest", summary = "Name a colleague on your request",
            description = "They then see it and may reply. Only the requester names people, of their own company.")
    List<PortalColleague> name(@PathVariable String reference, @PathVariable UUID personId) {
        return portal.nameColleague(reference, personId);
    }

    @DeleteMapping(path = "/requests/{reference}/colleagues/{personId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "removeColleagueFromPortalRequest", summary = "Take a colleague off your request")
    List<PortalColleague> unname(@PathVariable String reference, @PathVariable UUID personId) {
        return portal.removeColleague(reference, personId);
    }

    @GetMapping(path = "/settings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getPortalSettings", summary = "The tenant's portal settings")
    PortalSettings settings() {
        return new PortalSettings(portal.companyRequestsVisible());
    }

    @PutMapping(path = "/settings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updatePortalSettings", summary = "Change the tenant's portal settings (administrators)",
            description = "companyRequestsVisible: requesters see their company's requests, read-only.")
    PortalSettings updateSettings(@RequestBody PortalSettings body) {
        if (body == null || body.companyRequestsVisible() == null) {
            throw new InvalidParameterException("companyRequestsVisible", "required",
                    "companyRequestsVisible is true or false.");
        }
        portal.setCompanyRequestsVisible(body.companyRequestsVisible());
        return new PortalSettings(portal.companyRequestsVisible());
    }

    private static PortalQuery query(String q, String scope, String kind) {
        if (q != null && q.length() > 200) {
            throw new InvalidParameterException("q", "too-long", "q is at most 200 characters.");
        }
        if (q != null && q.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("q", "invalid-characters", "q contains control characters.");
        }
        return new PortalQuery(q, scope == null || scope.isBlank() ? PortalScope.ALL
                : choice("scope", scope, PortalScope.class),
                kind == null || kind.isBlank() ? null : choice("kind", kind, RequestKind.class));
    }

    private static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "invalid-value", name + " is one of "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                    + ".");
        }
    }

    private static List<UUID> ids(List<UUID> ids) {
        List<UUID> given = ids == null ? List.of() : ids;
        if (given.stream().anyMatch(Objects::isNull)) {
            throw new InvalidParameterException("uploadIds", "required", "An upload id cannot be null.");
        }
        if (given.size() > 100) {
            throw new InvalidParameterException("uploadIds", "too-many", "At most 100 files at once.");
        }
        return given;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException e) {
        return ApiProblems.response(ApiProblems.problem(ProblemType.NOT_FOUND, "No such request of yours."));
    }


}
