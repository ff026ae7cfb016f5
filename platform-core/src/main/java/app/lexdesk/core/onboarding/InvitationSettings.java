package app.lexdesk.core.onboarding;

/**
 * The tenant's rules for inviting requesters: whether its legal staff and contract managers may invite them too
 * ({@code staffMayInvite}, off by default), not only its administrators.
 */
public record InvitationSettings(boolean staffMayInvite) {
}
