package app.lexdesk.core.onboarding;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as administrators see it: whom (person, email, name), as what (company, role), where it stands, when
 * it was made and last sent, when its link expires, and whether a link was sent at all ({@code linkSent} is false
 * when the person could already sign in to the organization, so Keycloak had nothing to send).
 */
public record InvitationSummary(UUID id, UUID personId, String email, String firstName, String lastName,
        UUID companyId, String companyName, String role, InvitationStatus status, Instant invitedAt, Instant sentAt,
        Instant expiresAt, boolean linkSent) {

    /** Whether it still waits for the person, so it can be resent or withdrawn. */
    public boolean waiting() {
        return status == InvitationStatus.INVITED || status == InvitationStatus.EXPIRED;
    }
}
