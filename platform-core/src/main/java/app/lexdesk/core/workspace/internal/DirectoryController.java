package app.lexdesk.core.workspace.internal;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.api.Paging;
import app.lexdesk.core.participants.Involvement;
import app.lexdesk.core.participants.ParticipantService;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.core.shared.Texts;
import app.lexdesk.core.tenancy.Administration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** People and companies of the tenant (staff), and the records each appears on. */
@RestController
@Tag(name = "People")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class DirectoryController {

    private final PeopleService people;
    private final ParticipantService participants;

    DirectoryController(PeopleService people, ParticipantService participants) {
        this.people = people;
        this.participants = participants;
    }

    @GetMapping("/people")
    @Operation(operationId = "listPeople", summary = "People of the tenant by name (staff)",
            description = "q: words in the name, email or company.")
    Paging.Page<PersonDetails> listPeople(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Paging paging = paging(q, page, size);
        return page(people.people(q, paging.page(), paging.size()), paging);
    }

    @GetMapping("/people/{id}/records")
    @Operation(operationId = "listPersonRecords",
            summary = "The records a person appears on: as requester, assignee or in a role (staff)")
    List<Involvement> personRecords(@PathVariable UUID id) {
        Administration.requireStaff();
        people.findPerson(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No person " + id
                + "."));
        return participants.recordsOfPerson(id);
    }

    @GetMapping("/companies")
    @Operation(operationId = "listCompanies", summary = "Companies of the tenant by name (staff)",
            description = "q: words in the name.")
    Paging.Page<CompanySummary> listCompanies(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Paging paging = paging(q, page, size);
        return page(people.companies(q, paging.page(), paging.size()), paging);
    }

    @GetMapping("/companies/{id}")
    @Operation(operationId = "getCompany", summary = "A company of the tenant (staff)")
    CompanySummary company(@PathVariable UUID id) {
        return people.findCompany(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No company " + id + "."));
    }

    @GetMapping("/companies/{id}/records")
    @Operation(operationId = "listCompanyRecords",
            summary = "The records a company appears on: as the requester's company or in a role (staff)")
    List<Involvement> companyRecords(@PathVariable UUID id) {
        company(id);
        return participants.recordsOfCompany(id);
    }

    private static Paging paging(String q, int page, int size) {
        if (q != null && q.length() > 200) {
            throw new InvalidParameterException("q", "too-long", "q is at most 200 characters.");
        }
        if (Texts.hasControlCharacters(q)) {
            throw new InvalidParameterException("q", "invalid-characters", "q contains control characters.");
        }
        return Paging.of(page, size, "id", Set.of("id"));
    }

    private static <T> Paging.Page<T> page(Page<T> found, Paging paging) {
        return new Paging.Page<>(found.getContent(), found.getTotalElements(), paging.page(), paging.size());
    }
}
