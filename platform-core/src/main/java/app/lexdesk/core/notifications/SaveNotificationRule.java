package app.lexdesk.core.notifications;

import java.util.List;
import java.util.UUID;

/** What an administrator sets on a rule; see {@link NotificationRule}. Blank filters mean "any". */
public record SaveNotificationRule(String event, String name, String recordKind, String target, String requestType,
        UUID companyId, List<Recipient> recipients, String channel, boolean mandatory, boolean enabled) {

    public SaveNotificationRule {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
