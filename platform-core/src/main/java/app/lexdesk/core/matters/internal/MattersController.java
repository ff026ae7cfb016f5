package app.lexdesk.core.matters.internal;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.api.Paging;
import app.lexdesk.core.matters.Board;
import app.lexdesk.core.matters.MatterDetails;
import app.lexdesk.core.matters.MatterQuery;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.MatterSummary;
import app.lexdesk.core.records.RecordFilter;
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

    MattersController(MatterService matters) {
        this.matters = matters;
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
    @Operation(operationId = "getMatter", summary = "One matter (staff)")
    MatterDetails one(@PathVariable String reference) {
        return matters.findByReference(reference).orElseThrow(() -> notFound(reference));
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
