package app.lexdesk.core.workspace.internal;

import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractSummary;
import app.lexdesk.core.matters.MatterDetails;
import app.lexdesk.core.matters.MatterService;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A matter's or contract's reference as the record's id, through the kind's service: staff only, and another
 * tenant's reference is not found (404), exactly like one that does not exist.
 */
@Component
class RecordReferences {

    private final MatterService matters;
    private final ContractService contracts;

    RecordReferences(MatterService matters, ContractService contracts) {
        this.matters = matters;
        this.contracts = contracts;
    }

    UUID matter(String reference) {
        return matters.findByReference(reference).map(MatterDetails::id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No matter " + reference + "."));
    }

    /** A matter's or a contract's reference (their prefixes differ), for endpoints shared by both kinds. */
    UUID any(String reference) {
        return matters.findByReference(reference).map(MatterDetails::id)
                .or(() -> contracts.findByReference(reference).map(ContractSummary::id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No record " + reference + "."));
    }

    UUID contract(String reference) {
        return contracts.findByReference(reference).map(ContractSummary::id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No contract " + reference + "."));
    }
}
