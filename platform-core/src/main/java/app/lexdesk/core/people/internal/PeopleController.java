package app.lexdesk.core.people.internal;

import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.core.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "People")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
class PeopleController {

    private final PeopleService people;

    PeopleController(PeopleService people) {
        this.people = people;
    }

    /** A person of the caller's tenant. Staff only; other tenants' ids are simply not found. */
    @GetMapping("/{id}")
    @Operation(operationId = "getPerson", summary = "A person of the caller's tenant (staff only)")
    PersonDetails person(@PathVariable UUID id) {
        if (!TenantContext.requireMember().isStaff()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the legal team can read people.");
        }
        return people.findPerson(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No person " + id + "."));
    }
}
