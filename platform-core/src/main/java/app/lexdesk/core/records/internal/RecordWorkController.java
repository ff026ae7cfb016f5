package app.lexdesk.core.records.internal;

import app.lexdesk.core.api.Versions;
import app.lexdesk.core.records.RecordHeader;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordNotFoundException;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.core.records.StaffMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work on matters and contracts alike over REST, for the legal team (the service checks the role): workflow moves
 * and assignment, each naming the version read ({@code If-Match}), and the staff a record can be assigned to.
 */
@RestController
@Tag(name = "Record work")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class RecordWorkController {

    /** Where a record moves: a status code of its workflow. */
    record StatusChoice(String status) {
    }

    /** Whom a record is assigned to: a staff member's person id, or null for nobody. */
    record AssigneeChoice(UUID assigneeId) {
    }

    private static final String IF_MATCH = "The ETag of the record as you read it; 428 without, 412 when stale";

    private final RecordWorkService work;

    RecordWorkController(RecordWorkService work) {
        this.work = work;
    }

    @PostMapping("/matters/{reference}/transitions")
    @Operation(operationId = "transitionMatter", summary = "Move a matter to another status of its workflow (staff)",
            description = "409 when the workflow does not allow the move from the matter's status.")
    ResponseEntity<RecordHeader> transitionMatter(@PathVariable String reference,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            String ifMatch, @RequestBody StatusChoice choice) {
        return transition(RecordKind.MATTER, reference, ifMatch, choice);
    }

    @PostMapping("/contracts/{reference}/transitions")
    @Operation(operationId = "transitionContract",
            summary = "Move a contract to another status of its workflow (staff)",
            description = "409 when the workflow does not allow the move from the contract's status.")
    ResponseEntity<RecordHeader> transitionContract(@PathVariable String reference,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            String ifMatch, @RequestBody StatusChoice choice) {
        return transition(RecordKind.CONTRACT, reference, ifMatch, choice);
    }

    @PutMapping("/matters/{reference}/assignee")
    @Operation(operationId = "assignMatter", summary = "Assign a matter to a staff member, or to nobody (staff)")
    ResponseEntity<RecordHeader> assignMatter(@PathVariable String reference,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            String ifMatch, @RequestBody AssigneeChoice choice) {
        return assign(RecordKind.MATTER, reference, ifMatch, choice);
    }

    @PutMapping("/contracts/{reference}/assignee")
    @Operation(operationId = "assignContract", summary = "Assign a contract to a staff member, or to nobody (staff)")
    ResponseEntity<RecordHeader> assignContract(@PathVariable String reference,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            String ifMatch, @RequestBody AssigneeChoice choice) {
        return assign(RecordKind.CONTRACT, reference, ifMatch, choice);
    }

    @GetMapping("/staff")
    @Operation(operationId = "listStaff", summary = "The legal team: whom records can be assigned to (staff)")
    List<StaffMember> staff() {
        return work.staff();
    }

    private ResponseEntity<RecordHeader> transition(RecordKind kind, String reference, String ifMatch,
            StatusChoice choice) {
        work.header(kind, reference).orElseThrow(() -> new RecordNotFoundException(kind,
                reference));
        long version = Versions.required(ifMatch);
        return tagged(work.transition(kind, reference, version, choice == null ? null : choice.status()));
    }

    private ResponseEntity<RecordHeader> assign(RecordKind kind, String reference, String ifMatch,
            AssigneeChoice choice) {
        work.header(kind, reference).orElseThrow(() -> new RecordNotFoundException(kind,
                reference));
        long version = Versions.required(ifMatch);
        return tagged(work.assign(kind, reference, version, choice == null ? null : choice.assigneeId()));
    }

    private static ResponseEntity<RecordHeader> tagged(RecordHeader header) {
        return ResponseEntity.ok().eTag(Versions.etag(header.version())).body(header);
    }
}
