package app.lexdesk.core.notifications;

/** How a person takes optional notifications. Mandatory ones always come as they happen. */
public enum NotificationMode {
    /** Each as it happens. */
    IMMEDIATE,
    /** Once a day, in one message. */
    DIGEST,
    /** Not at all. */
    OFF
}
