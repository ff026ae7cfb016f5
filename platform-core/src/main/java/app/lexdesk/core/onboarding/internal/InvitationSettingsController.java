package app.lexdesk.core.onboarding.internal;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.onboarding.InvitationSettings;
import app.lexdesk.core.onboarding.InvitationSettingsService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's invitation settings over REST, for its administrators; other roles are refused with 403. */
@RestController
@Tag(name = "Invitations")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1/invitation-settings", produces = MediaType.APPLICATION_JSON_VALUE)
class InvitationSettingsController {

    /** The settings as sent: every property required. */
    record ChangedSettings(Boolean staffMayInvite) {
    }

    private final InvitationSettingsService settings;

    InvitationSettingsController(InvitationSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(operationId = "getInvitationSettings", summary = "The tenant's invitation settings (administrators)",
            description = "staffMayInvite: legal staff and contract managers may invite requesters too, and resend "
                    + "or withdraw the invitations they sent. Off unless turned on.")
    InvitationSettings get() {
        return settings.settings();
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateInvitationSettings", summary = "Change the tenant's invitation settings "
            + "(administrators)", description = "staffMayInvite is true or false; it applies at the staff's next "
            + "call.")
    InvitationSettings update(@RequestBody ChangedSettings body) {
        if (body == null || body.staffMayInvite() == null) {
            throw new InvalidParameterException("staffMayInvite", "required", "staffMayInvite is true or false.");
        }
        return settings.change(new InvitationSettings(body.staffMayInvite()));
    }
}
