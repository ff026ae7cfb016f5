package app.lexdesk.core.contracts.internal;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.api.Paging;
import app.lexdesk.core.contracts.ContractQuery;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractSummary;
import app.lexdesk.core.contracts.ContractType;
import app.lexdesk.core.records.RecordFilter;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Contracts &amp; documents over REST, for the legal team (requesters get 403). */
@RestController
@Tag(name = "Contracts")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ContractsController {

    static final Set<String> SORTABLE = Set.of("reference", "title", "status", "createdAt");

    private final ContractService contracts;

    ContractsController(ContractService contracts) {
        this.contracts = contracts;
    }

    @GetMapping("/contract-types")
    @Operation(operationId = "listContractTypes", summary = "The tenant's contract types, in order (staff)")
    List<ContractType> types() {
        Administration.requireStaff();
        return contracts.types();
    }

    @GetMapping("/contracts")
    @Operation(operationId = "listContracts",
            summary = "Contracts, filtered like Contracts & documents (staff)", description = "type: a contract "
            + "type code; q: words in reference, title, parties, requester or company; origin: PORTAL or INTERNAL; "
            + "status: repeatable; assignee: me, none or a person id; sort: reference|title|status|createdAt,asc|desc.")
    Paging.Page<ContractSummary> list(@RequestParam(required = false) String type,
            @RequestParam(required = false) String q, @RequestParam(required = false) String origin,
            @RequestParam(required = false) List<String> status, @RequestParam(required = false) String assignee,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(defaultValue = "createdAt,desc") String sort) {
        Administration.requireStaff();
        if (type != null && !contracts.typeCodes().contains(type)) {
            throw new InvalidParameterException("type", "unknown-contract-type", "No contract type " + type + ".");
        }
        Paging paging = Paging.of(page, size, sort, SORTABLE);
        ContractQuery query = new ContractQuery(type, RecordFilter.fromParameters(q, origin, status, assignee,
                TenantContext.requireMember().personId()));
        return new Paging.Page<>(contracts.find(query, paging.offset(), paging.size(), paging.sort()),
                contracts.count(query), paging.page(), paging.size());
    }

    @GetMapping("/contracts/{reference}")
    @Operation(operationId = "getContract", summary = "One contract (staff)")
    ContractSummary one(@PathVariable String reference) {
        return contracts.findByReference(reference).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No contract " + reference + "."));
    }
}
