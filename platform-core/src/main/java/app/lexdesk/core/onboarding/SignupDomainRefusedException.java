package app.lexdesk.core.onboarding;

/** A self-signup domain the core refuses to add or remove, with the rule it would break; nothing was changed. */
public class SignupDomainRefusedException extends RuntimeException {

    /** The rule a refused change would break. */
    public enum Reason {
        /** A company here already has the domain, or another tenant's organization (Keycloak keeps one per domain). */
        TAKEN,
        /** No such domain in the current tenant (or not of the company named). */
        UNKNOWN,
        /** No such company in the current tenant (another tenant's are not even seen). */
        UNKNOWN_COMPANY
    }

    private final Reason reason;

    public SignupDomainRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
