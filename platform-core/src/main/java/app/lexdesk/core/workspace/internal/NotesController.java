package app.lexdesk.core.workspace.internal;

import app.lexdesk.core.notes.AddNote;
import app.lexdesk.core.notes.NoteDetails;
import app.lexdesk.core.notes.NoteService;
import app.lexdesk.core.notes.NoteVisibility;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** Notes of matters and contracts (staff). The text is plain text, stored and returned exactly as written. */
@RestController
@Tag(name = "Notes")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class NotesController {

    /** A note to write: its plain text and who reads it, INTERNAL or SHARED (required, no default). */
    record NewNote(String text, NoteVisibility visibility) {
    }

    private static final String POST_DESCRIPTION = "visibility is required every time: INTERNAL (the legal team "
            + "only) or SHARED (the requester reads it too). Limited per person and tenant: 429 with Retry-After.";

    private final NoteService notes;
    private final RecordReferences records;

    NotesController(NoteService notes, RecordReferences records) {
        this.notes = notes;
        this.records = records;
    }

    @GetMapping("/matters/{reference}/notes")
    @Operation(operationId = "listMatterNotes", summary = "A matter's notes, internal and shared, newest first (staff)")
    List<NoteDetails> matterNotes(@PathVariable String reference) {
        return notes.of(records.matter(reference));
    }

    @PostMapping("/matters/{reference}/notes")
    @ApiResponse(responseCode = "201", description = "The note, as stored")
    @Operation(operationId = "addMatterNote", summary = "Write a note on a matter (staff)",
            description = POST_DESCRIPTION)
    ResponseEntity<NoteDetails> addMatterNote(@PathVariable String reference, @RequestBody NewNote body) {
        return add(records.matter(reference), body);
    }

    @GetMapping("/contracts/{reference}/notes")
    @Operation(operationId = "listContractNotes",
            summary = "A contract's notes, internal and shared, newest first (staff)")
    List<NoteDetails> contractNotes(@PathVariable String reference) {
        return notes.of(records.contract(reference));
    }

    @PostMapping("/contracts/{reference}/notes")
    @ApiResponse(responseCode = "201", description = "The note, as stored")
    @Operation(operationId = "addContractNote", summary = "Write a note on a contract (staff)",
            description = POST_DESCRIPTION)
    ResponseEntity<NoteDetails> addContractNote(@PathVariable String reference, @RequestBody NewNote body) {
        return add(records.contract(reference), body);
    }

    private ResponseEntity<NoteDetails> add(UUID recordId, NewNote body) {
        AddNote command = body == null ? new AddNote(null, null) : new AddNote(body.text(), body.visibility());
        return ResponseEntity.status(HttpStatus.CREATED).body(notes.add(recordId, command));
    }
}
