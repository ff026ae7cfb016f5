package app.lexdesk.core.notifications;

/** Who a rule notifies. */
public enum RecipientKind {
    /** One member of the tenant, by person id. */
    PERSON,
    /** Every active member holding a role (its key, e.g. {@code legal-staff}). */
    ROLE,
    /** The record's assignee, when it has one. */
    ASSIGNEE,
    /** The record's requester: only for events the portal shows. */
    REQUESTER,
    /** A fixed email address (a team mailbox). */
    ADDRESS
}
