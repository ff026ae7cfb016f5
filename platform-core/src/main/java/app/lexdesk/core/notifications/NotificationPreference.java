package app.lexdesk.core.notifications;

/** A person's choice for optional notifications and the language of every notification (null: chosen for them). */
public record NotificationPreference(NotificationMode mode, String language) {

    public static final NotificationPreference DEFAULT = new NotificationPreference(NotificationMode.IMMEDIATE, null);
}
