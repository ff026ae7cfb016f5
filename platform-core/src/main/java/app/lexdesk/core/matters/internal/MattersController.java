package app.lexdesk.core.matters.internal;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.api.Paging;
import app.lexdesk.core.matters.Board;
import app.lexdesk.core.matters.MatterDetails;
import app.lexdesk.core.matters.MatterQuery;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.MatterSummary;
import app.lexdesk.core.api.MergePatch;
import app.lexdesk.core.api.Versions;
import app.lexdesk.core.records.EditRecord;
import app.lexdesk.core.records.Priority;
import app.lexdesk.core.records.RecordFilter;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordWorkService;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The Matters boards over REST, for the legal team (requesters get 403). */
@RestController
@Tag(name = "Matters")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class MattersController {

    static final Set<String> SORTABLE = Set.of("reference", "title", "status", "createdAt");

    /** Which board a matter belongs on. */
    record BoardChoice(String board) {
    }

    private final MatterService matters;
    private final RecordWorkService work;

    MattersController(MatterService matters, RecordWorkService work) {
        this.matters = matters;
        this.work = work;
    }

    @GetMapping("/boards")
    @Operation(operationId = "listBoards", summary = "The tenant's Matters boards, in order (staff)")
    List<Board> boards() {
        Administration.requireStaff();
        return matters.boards();
    }

    @GetMapping("/matters")
    @Operation(operationId = "listMatters",
            summary = "Matters, filtered like the back-office boards (staff)", description = "board: a board "
            + "code (none for all); q: words in reference, title, requester or company; origin: PORTAL or INTERNAL; "
            + "status: repeatable; assignee: me, none or a person id; sort: reference|title|status|createdAt,asc|desc.")
    Paging.Page<MatterSummary> list(@RequestParam(required = false) String board,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String origin, @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String assignee, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "createdAt,desc") String sort) {
        Administration.requireStaff();
        if (board != null && !matters.boardCodes().contains(board)) {
            throw new InvalidParameterException("board", "unknown-board", "No board " + board + ".");
        }
        Paging paging = Paging.of(page, size, sort, SORTABLE);
        MatterQuery query = new MatterQuery(board, RecordFilter.fromParameters(q, origin, status, assignee,
                TenantContext.requireMember().personId()));
        return new Paging.Page<>(matters.find(query, paging.offset(), paging.size(), paging.sort()),
                matters.count(query), paging.page(), paging.size());
    }

    @GetMapping("/matters/{reference}")
    @Operation(operationId = "getMatter", summary = "One matter (staff); its ETag is the version a change names")
    ResponseEntity<MatterDetails> one(@PathVariable String reference) {
        MatterDetails matter = matters.findByReference(reference).orElseThrow(() -> notFound(reference));
        return ResponseEntity.ok().eTag(Versions.etag(matter.version())).body(matter);
    }

    /** What a matter's merge patch may hold (documentation; absent leaves a field alone, null clears it). */
    record MatterPatch(String description, Priority priority, LocalDate dueDate) {
    }

    static final Set<String> PATCHABLE = Set.of("description", "priority", "dueDate");

    @PatchMapping(path = "/matters/{reference}", consumes = {"application/merge-patch+json",
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(operationId = "updateMatter", summary = "Change a matter's description, priority or due date (staff)",
            description = "A JSON merge patch: absent members stay, null clears (the description becomes empty). "
            + "Needs If-Match with the matter's ETag: 428 without, 412 when someone changed it meanwhile.")
    ResponseEntity<MatterDetails> update(@PathVariable String reference,
            @Parameter(description = "The ETag of the matter as you read it")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(
                    implementation = MatterPatch.class))) @RequestBody JsonNode body) {
        matters.findByReference(reference).orElseThrow(() -> notFound(reference));
        long version = Versions.required(ifMatch);
        MergePatch patch = MergePatch.of(body, PATCHABLE);
        EditRecord edit = EditRecord.of(patch);
        work.edit(RecordKind.MATTER, reference, version, edit);
        return one(reference);
    }

    @PutMapping("/matters/{reference}/board")
    @Operation(operationId = "moveMatter",
            summary = "Move a matter to another board (staff); the move is recorded on its activity")
    MatterDetails move(@PathVariable String reference, @RequestBody BoardChoice choice) {
        Administration.requireStaff();
        if (choice == null || choice.board() == null || !matters.boardCodes().contains(choice.board())) {
            throw new InvalidParameterException("board", "unknown-board", "Choose one of the tenant's boards.");
        }
        matters.findByReference(reference).orElseThrow(() -> notFound(reference));
        try {
            return matters.moveToBoard(reference, choice.board());
        } catch (IllegalArgumentException e) {
            // The board was withdrawn between the check above and the move.
            throw new InvalidParameterException("board", "unknown-board", "Choose one of the tenant's boards.");
        }
    }

    private static ResponseStatusException notFound(String reference) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No matter " + reference + ".");
    }
}
