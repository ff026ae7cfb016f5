package app.lexdesk.core.onboarding;

/**
 * Keycloak's admin API could not do what onboarding asked of it (not configured, unreachable, refusing the service
 * account, or unable to send the email); what Lexdesk would have stored with it was not stored.
 */
public class IdentityUnavailableException extends RuntimeException {

    public IdentityUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public IdentityUnavailableException(String message) {
        super(message);
    }
}
