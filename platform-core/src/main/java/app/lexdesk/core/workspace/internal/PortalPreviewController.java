package app.lexdesk.core.workspace.internal;

import app.lexdesk.core.portal.PortalRequestDetails;
import app.lexdesk.core.portal.PortalService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** What a record's requester sees of it in the portal, for staff to check before sharing (read-only). */
@RestController
@Tag(name = "Client portal")
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class PortalPreviewController {

    private final PortalService portal;
    private final RecordReferences records;

    PortalPreviewController(PortalService portal, RecordReferences records) {
        this.portal = portal;
        this.records = records;
    }

    @GetMapping("/records/{reference}/portal-preview")
    @Operation(operationId = "previewPortalRequest", summary = "A record as its requester sees it in the portal "
            + "(staff)", description = "Built as the requester, through the portal's own reads; nothing is marked "
            + "seen. 404 for a record no requester asked.")
    PortalRequestDetails preview(@PathVariable String reference) {
        return portal.preview(records.any(reference)).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No requester's view of " + reference + "."));
    }
}
