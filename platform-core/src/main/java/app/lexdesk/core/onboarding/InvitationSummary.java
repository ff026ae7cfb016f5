package app.lexdesk.core.onboarding;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as administrators (and the staff they allow) see it: whom (person, email, name), as what (company,
 * role), where it stands, when it was made and last sent, when its link expires, whether a link was sent at all
 * ({@code linkSent} is false when the person could already sign in to the organization, so Keycloak had nothing to
 * send), who sent it ({@code invitedBy}, a person of the tenant; null when platform work did), and whether the viewer
 * may resend or withdraw it while it waits ({@code mayChange}: administrators any, staff those they sent).
 */
public record InvitationSummary(UUID id, UUID personId, String email, String firstName, String lastName,
        UUID companyId, String companyName, String role, InvitationStatus status, Instant invitedAt, Instant sentAt,
        Instant expiresAt, boolean linkSent, UUID invitedBy, boolean mayChange) {

    /** Whether it still waits for the person, so it can be resent or withdrawn. */
    public boolean waiting() {
        return status == InvitationStatus.INVITED || status == InvitationStatus.EXPIRED;
    }
}
