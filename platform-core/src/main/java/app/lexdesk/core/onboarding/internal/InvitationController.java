package app.lexdesk.core.onboarding.internal;

import app.lexdesk.core.onboarding.InvitationRefusedException;
import app.lexdesk.core.onboarding.InvitationRefusedException.Reason;
import app.lexdesk.core.onboarding.InvitationService;
import app.lexdesk.core.onboarding.InvitationSummary;
import app.lexdesk.core.onboarding.InviteRequester;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations of requesters over REST, for the tenant's administrators and, when they allow it, its legal staff and
 * contract managers (who resend and withdraw only the invitations they sent): list, invite, resend, withdraw. Another
 * tenant's invitations are 404, exactly like ones that do not exist; anyone else is refused with 403.
 */
@RestController
@Tag(name = "Invitations")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1/invitations", produces = MediaType.APPLICATION_JSON_VALUE)
class InvitationController {

    /** Whom to invite, as a portal user of an existing company (companyId) or of a new one (companyName). */
    record NewInvitation(String email, String firstName, String lastName, UUID companyId, String companyName) {
    }

    private final InvitationService invitations;

    InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    @Operation(operationId = "listInvitations", summary = "The tenant's open invitations, newest first "
            + "(administrators; staff when allowed)", description = "Status INVITED or EXPIRED while the person "
            + "has not logged in; ACTIVE once they have; DEACTIVATED when their access was withdrawn. Withdrawn "
            + "invitations are not listed.")
    List<InvitationSummary> list() {
        return invitations.all();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "The invitation, as sent")
    @Operation(operationId = "createInvitation", summary = "Invite a requester by email (administrators; staff "
            + "when allowed)",
            description = "Keycloak emails the person a link to set a password and verify their address; their "
                    + "first login makes them a portal user of the company. Give companyId for an existing "
                    + "company or companyName for a new one. 409 when the address already has a membership or "
                    + "an open invitation here; 403 for staff unless the tenant's invitation settings allow "
                    + "them.")
    ResponseEntity<InvitationSummary> invite(@RequestBody NewInvitation body) {
        NewInvitation invitation = body == null ? new NewInvitation(null, null, null, null, null) : body;
        InvitationSummary sent = invitations.invite(new InviteRequester(invitation.email(), invitation.firstName(),
                invitation.lastName(), invitation.companyId(), invitation.companyName()));
        return ResponseEntity.created(URI.create("/api/v1/invitations/" + sent.id())).body(sent);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getInvitation", summary = "An open invitation (administrators; staff when "
            + "allowed)")
    InvitationSummary get(@PathVariable UUID id) {
        return invitations.find(id).orElseThrow(() -> new InvitationRefusedException(Reason.UNKNOWN_INVITATION,
                "No open invitation " + id + " here."));
    }

    @PostMapping("/{id}/resend")
    @Operation(operationId = "resendInvitation", summary = "Send an invitation again with a new link "
            + "(administrators; staff their own)", description = "The previous link stops working. 409 once the "
            + "person has logged in; 403 for staff on an invitation someone else sent.")
    InvitationSummary resend(@PathVariable UUID id) {
        return invitations.resend(id);
    }

    @DeleteMapping("/{id}")
    @ApiResponse(responseCode = "204", description = "Withdrawn: the link no longer leads into the tenant")
    @Operation(operationId = "withdrawInvitation", summary = "Withdraw an invitation not yet taken up "
            + "(administrators; staff their own)", description = "409 once the person has logged in: deactivate "
            + "the membership instead; 403 for staff on an invitation someone else sent.")
    ResponseEntity<Void> withdraw(@PathVariable UUID id) {
        invitations.withdraw(id);
        return ResponseEntity.noContent().build();
    }
}
