package app.lexdesk.core.workspace.internal;

import app.lexdesk.core.participants.AddParticipant;
import app.lexdesk.core.participants.Participant;
import app.lexdesk.core.participants.ParticipantRole;
import app.lexdesk.core.participants.ParticipantService;
import app.lexdesk.core.participants.RecordPeople;
import app.lexdesk.core.people.NewContact;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** People on matters and contracts (staff): requester, company, assignee, and others with a role. */
@RestController
@Tag(name = "People on records")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class RecordPeopleController {

    /** A new external contact: lastName required; email, phone and organisation optional. */
    record Contact(String firstName, String lastName, String email, String phone, String organisation) {
    }

    /** A role on the record for exactly one of an existing person, an existing company or a new contact. */
    record NewParticipant(ParticipantRole role, UUID personId, UUID companyId, Contact contact) {
    }

    private static final String POST_DESCRIPTION = "role is OPPOSING_PARTY, OUTSIDE_COUNSEL, INTERNAL_STAKEHOLDER "
            + "or OTHER; give exactly one of personId, companyId (the tenant's) or contact (a new external contact; "
            + "an existing person with the same email is reused). A person or company holds a role once.";

    private final ParticipantService participants;
    private final RecordReferences records;

    RecordPeopleController(ParticipantService participants, RecordReferences records) {
        this.participants = participants;
        this.records = records;
    }

    @GetMapping("/matters/{reference}/people")
    @Operation(operationId = "listMatterPeople", summary = "Who is on a matter (staff)")
    RecordPeople matterPeople(@PathVariable String reference) {
        return participants.of(records.matter(reference));
    }

    @PostMapping("/matters/{reference}/people")
    @ApiResponse(responseCode = "201", description = "The person or company with their role")
    @Operation(operationId = "addMatterPerson", summary = "Give a person or company a role on a matter (staff)",
            description = POST_DESCRIPTION)
    ResponseEntity<Participant> addMatterPerson(@PathVariable String reference, @RequestBody NewParticipant body) {
        return add(records.matter(reference), body);
    }

    @DeleteMapping("/matters/{reference}/people/{participantId}")
    @ApiResponse(responseCode = "204", description = "Removed")
    @Operation(operationId = "removeMatterPerson", summary = "Take a role on a matter away (staff)")
    ResponseEntity<Void> removeMatterPerson(@PathVariable String reference, @PathVariable UUID participantId) {
        return remove(records.matter(reference), participantId);
    }

    @GetMapping("/contracts/{reference}/people")
    @Operation(operationId = "listContractPeople", summary = "Who is on a contract (staff)")
    RecordPeople contractPeople(@PathVariable String reference) {
        return participants.of(records.contract(reference));
    }

    @PostMapping("/contracts/{reference}/people")
    @ApiResponse(responseCode = "201", description = "The person or company with their role")
    @Operation(operationId = "addContractPerson", summary = "Give a person or company a role on a contract (staff)",
            description = POST_DESCRIPTION)
    ResponseEntity<Participant> addContractPerson(@PathVariable String reference, @RequestBody NewParticipant body) {
        return add(records.contract(reference), body);
    }

    @DeleteMapping("/contracts/{reference}/people/{participantId}")
    @ApiResponse(responseCode = "204", description = "Removed")
    @Operation(operationId = "removeContractPerson", summary = "Take a role on a contract away (staff)")
    ResponseEntity<Void> removeContractPerson(@PathVariable String reference, @PathVariable UUID participantId) {
        return remove(records.contract(reference), participantId);
    }

    private ResponseEntity<Participant> add(UUID recordId, NewParticipant body) {
        AddParticipant command = body == null ? new AddParticipant(null, null, null, null)
                : new AddParticipant(body.role(), body.personId(), body.companyId(), body.contact() == null ? null
                        : new NewContact(body.contact().firstName(), body.contact().lastName(),
                                body.contact().email(), body.contact().phone(), body.contact().organisation()));
        return ResponseEntity.status(HttpStatus.CREATED).body(participants.add(recordId, command));
    }

    private ResponseEntity<Void> remove(UUID recordId, UUID participantId) {
        try {
            participants.remove(recordId, participantId);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such person on this record.");
        }
        return ResponseEntity.noContent().build();
    }
}
