package app.lexdesk.core.onboarding;

/**
 * An invitation the core refuses to make, resend or withdraw, with the rule it would break; nothing was changed.
 * Views show {@link #reason()} next to what it concerns; the API answers 404 for an unknown invitation and 409
 * otherwise.
 */
public class InvitationRefusedException extends RuntimeException {

    /** The rule a refused change would break. */
    public enum Reason {
        /** The email already has a membership here (active, deactivated or waiting): change that instead. */
        ALREADY_MEMBER,
        /** The email already has an open invitation here: resend it. */
        ALREADY_INVITED,
        /** The person is already one of another company's people. */
        OTHER_COMPANY,
        /** The person has logged in already: the invitation is done; deactivate the membership instead. */
        NOT_WAITING,
        /** No such open invitation in the current tenant (another tenant's are not even seen). */
        UNKNOWN_INVITATION
    }

    private final Reason reason;

    public InvitationRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
