package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.notifications.Recipient;
import app.lexdesk.core.notifications.RecipientKind;
import app.lexdesk.core.notifications.SaveNotificationRule;
import java.util.List;

/**
 * What a new tenant is told before its administrators change anything: a submission reaches the administrators and
 * the legal team; the requester hears of what the portal shows (a status change, a shared note, a visible
 * development, a shared file); the assignee hears of the requester's replies and uploads.
 */
final class DefaultRules {

    static final List<SaveNotificationRule> RULES = List.of(
            rule(NotificationEvent.REQUEST_SUBMITTED, "New requests to the legal team",
                    new Recipient(RecipientKind.ROLE, "tenant-admin"), new Recipient(RecipientKind.ROLE, "legal-staff")),
            rule(NotificationEvent.STATUS_CHANGED, "Status changes to the requester", Recipient.of(RecipientKind.REQUESTER)),
            rule(NotificationEvent.SHARED_NOTE_ADDED, "Shared notes to the requester", Recipient.of(RecipientKind.REQUESTER)),
            rule(NotificationEvent.VISIBLE_DEVELOPMENT_ADDED, "Visible developments to the requester",
                    Recipient.of(RecipientKind.REQUESTER)),
            rule(NotificationEvent.FILE_SHARED, "Shared files to the requester", Recipient.of(RecipientKind.REQUESTER)),
            rule(NotificationEvent.REQUESTER_REPLIED, "Requester replies to the assignee",
                    Recipient.of(RecipientKind.ASSIGNEE)),
            rule(NotificationEvent.REQUESTER_UPLOADED, "Requester uploads to the assignee",
                    Recipient.of(RecipientKind.ASSIGNEE)));

    private DefaultRules() {
    }

    private static SaveNotificationRule rule(NotificationEvent event, String name, Recipient... recipients) {
        return new SaveNotificationRule(event.key(), name, null, null, null, null, List.of(recipients),
                NotificationRules.EMAIL, false, true);
    }
}
