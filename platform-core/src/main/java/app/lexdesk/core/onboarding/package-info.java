/**
 * Onboarding requesters: administrators — and, when they allow it, the legal staff and contract managers — invite a
 * person by email as a portal user of a company (Keycloak's organization invitation sends the link; Lexdesk keeps the
 * invitation and a membership waiting for the first login), resend and withdraw invitations; administrators name per
 * company the email domains whose people may sign up by themselves. Keycloak is reached through its admin API as a
 * service account; the tenant is always the current one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Onboarding")
package app.lexdesk.core.onboarding;
