package app.lexdesk.core.workspace.internal;

import app.lexdesk.core.developments.AddKeyDevelopment;
import app.lexdesk.core.developments.KeyDevelopmentDetails;
import app.lexdesk.core.developments.KeyDevelopmentService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Key developments of matters and contracts (staff). */
@RestController
@Tag(name = "Key developments")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class DevelopmentsController {

    /** A development to record; visibleToRequester is required (no default). */
    record NewDevelopment(LocalDate date, String title, String text, Boolean visibleToRequester) {
    }

    private static final String POST_DESCRIPTION = "date (ISO, e.g. 2026-03-31) and title are required, text is "
            + "optional; visibleToRequester is required every time: whether the requester sees it in the portal.";

    private final KeyDevelopmentService developments;
    private final RecordReferences records;

    DevelopmentsController(KeyDevelopmentService developments, RecordReferences records) {
        this.developments = developments;
        this.records = records;
    }

    @GetMapping("/matters/{reference}/developments")
    @Operation(operationId = "listMatterDevelopments", summary = "A matter's key developments, latest first (staff)")
    List<KeyDevelopmentDetails> matterDevelopments(@PathVariable String reference) {
        return developments.of(records.matter(reference));
    }

    @PostMapping("/matters/{reference}/developments")
    @ApiResponse(responseCode = "201", description = "The development, as stored")
    @Operation(operationId = "addMatterDevelopment", summary = "Record a key development on a matter (staff)",
            description = POST_DESCRIPTION)
    ResponseEntity<KeyDevelopmentDetails> addMatterDevelopment(@PathVariable String reference,
            @RequestBody NewDevelopment body) {
        return add(records.matter(reference), body);
    }

    @GetMapping("/contracts/{reference}/developments")
    @Operation(operationId = "listContractDevelopments",
            summary = "A contract's key developments, latest first (staff)")
    List<KeyDevelopmentDetails> contractDevelopments(@PathVariable String reference) {
        return developments.of(records.contract(reference));
    }

    @PostMapping("/contracts/{reference}/developments")
    @ApiResponse(responseCode = "201", description = "The development, as stored")
    @Operation(operationId = "addContractDevelopment", summary = "Record a key development on a contract (staff)",
            description = POST_DESCRIPTION)
    ResponseEntity<KeyDevelopmentDetails> addContractDevelopment(@PathVariable String reference,
            @RequestBody NewDevelopment body) {
        return add(records.contract(reference), body);
    }

    private ResponseEntity<KeyDevelopmentDetails> add(UUID recordId, NewDevelopment body) {
        AddKeyDevelopment command = body == null ? new AddKeyDevelopment(null, null, null, null)
                : new AddKeyDevelopment(body.date(), body.title(), body.text(), body.visibleToRequester());
        return ResponseEntity.status(HttpStatus.CREATED).body(developments.add(recordId, command));
    }
}
