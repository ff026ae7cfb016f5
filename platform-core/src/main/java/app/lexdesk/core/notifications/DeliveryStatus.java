package app.lexdesk.core.notifications;

/** Where a delivery is. */
public enum DeliveryStatus {
    /** Waiting for a dispatcher. */
    PENDING,
    /** Claimed by a dispatcher, being sent. */
    SENDING,
    SENT,
    /** The last attempt failed; another is planned ({@link DeliverySummary#nextAttemptAt()}). */
    RETRYING,
    /** Given up (too many attempts, or a final refusal); an administrator may retry it. */
    FAILED,
    /** Held for the recipient's daily digest. */
    DIGEST,
    /** Sent in a digest. */
    DIGESTED
}
