package app.lexdesk.core.onboarding;

/** Where an invitation stands, as its membership says. */
public enum InvitationStatus {
    /** Sent; the person has not logged in yet. */
    INVITED,
    /** Sent, not taken up, and its link has expired: resend it. */
    EXPIRED,
    /** The person logged in; the membership is theirs. */
    ACTIVE,
    /** The person's access was withdrawn (People and access). */
    DEACTIVATED
}
