package app.lexdesk.core.tenancy;

/**
 * A change to a membership that the core refuses, with the rule it would break; nothing was changed. Views
 * show {@link #reason()} next to the input it concerns (the roles or the active switch).
 */
public class MembershipChangeRefusedException extends RuntimeException {

    /** The rule a refused change would break. */
    public enum Reason {
        /** A membership keeps at least one role; deactivate it to take all access away. */
        NO_ROLE,
        /** The tenant would have no active administrator left. */
        LAST_ADMINISTRATOR,
        /** An administrator cannot take the administrator role away from themselves. */
        OWN_ADMINISTRATOR_ROLE,
        /** An administrator cannot deactivate their own membership. */
        OWN_MEMBERSHIP,
        /** No such membership in the current tenant (another tenant's membership is not even seen). */
        UNKNOWN_MEMBERSHIP
    }

    private final Reason reason;

    public MembershipChangeRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
