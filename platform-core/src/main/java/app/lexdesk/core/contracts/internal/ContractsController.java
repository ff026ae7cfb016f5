package app.lexdesk.core.contracts.internal;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.api.Paging;
import app.lexdesk.core.api.MergePatch;
import app.lexdesk.core.api.Versions;
import app.lexdesk.core.contracts.ContractDetails;
import app.lexdesk.core.contracts.ContractQuery;
import app.lexdesk.core.contracts.EditContractTerms;
import app.lexdesk.core.contracts.Party;
import app.lexdesk.core.contracts.PartyRole;
import app.lexdesk.core.records.Change;
import app.lexdesk.core.records.EditRecord;
import app.lexdesk.core.records.Priority;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
    @Operation(operationId = "getContract",
            summary = "One contract with its terms (staff); its ETag is the version a change names")
    ResponseEntity<ContractDetails> one(@PathVariable String reference) {
        ContractDetails contract = contracts.details(reference).orElseThrow(() -> notFound(reference));
        return ResponseEntity.ok().eTag(Versions.etag(contract.record().version())).body(contract);
    }

    /** A party as a patch names it. */
    record PartyPatch(String name, PartyRole role) {
    }

    /** What a contract's merge patch may hold (documentation; absent leaves a field alone, null clears it). */
    record ContractPatch(String description, Priority priority, LocalDate dueDate, String contractType,
            List<PartyPatch> parties, BigDecimal value, String currency, LocalDate startDate, LocalDate endDate,
            LocalDate renewalDate, LocalDate noticeDate) {
    }

    static final Set<String> PATCHABLE = Set.of("description", "priority", "dueDate", "contractType", "parties",
            "value", "currency", "startDate", "endDate", "renewalDate", "noticeDate");

    @PatchMapping(path = "/contracts/{reference}", consumes = {"application/merge-patch+json",
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(operationId = "updateContract",
            summary = "Change a contract's description, priority, due date or terms (staff)",
            description = "A JSON merge patch: absent members stay, null clears. value needs an ISO 4217 currency; "
            + "parties replace the list (name, role OUR_ENTITY|COUNTERPARTY|GUARANTOR|OTHER). Needs If-Match with "
            + "the contract's ETag: 428 without, 412 when someone changed it meanwhile.")
    ResponseEntity<ContractDetails> update(@PathVariable String reference,
            @Parameter(description = "The ETag of the contract as you read it")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(
                    implementation = ContractPatch.class))) @RequestBody JsonNode body) {
        contracts.details(reference).orElseThrow(() -> notFound(reference));
        long version = Versions.required(ifMatch);
        MergePatch patch = MergePatch.of(body, PATCHABLE);
        EditRecord record = EditRecord.of(patch);
        EditContractTerms terms = new EditContractTerms(
                patch.has("contractType") ? Change.to(patch.text("contractType")) : null,
                patch.has("parties") ? Change.to(patch.list("parties", EditContractTerms.PARTIES_MAX,
                        item -> new Party(item.text("name"), role(item)))) : null,
                patch.has("value") ? Change.to(patch.decimal("value")) : null,
                patch.has("currency") ? Change.to(patch.text("currency")) : null,
                patch.has("startDate") ? Change.to(patch.date("startDate")) : null,
                patch.has("endDate") ? Change.to(patch.date("endDate")) : null,
                patch.has("renewalDate") ? Change.to(patch.date("renewalDate")) : null,
                patch.has("noticeDate") ? Change.to(patch.date("noticeDate")) : null);
        ContractDetails changed = contracts.edit(reference, version, record, terms);
        return ResponseEntity.ok().eTag(Versions.etag(changed.record().version())).body(changed);
    }

    private static PartyRole role(MergePatch.Item item) {
        String role = item.text("role");
        try {
            return role == null ? null : PartyRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(item.path() + ".role", "invalid-value",
                    "A party's role is OUR_ENTITY, COUNTERPARTY, GUARANTOR or OTHER.");
        }
    }

    private static ResponseStatusException notFound(String reference) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No contract " + reference + ".");
    }
}
