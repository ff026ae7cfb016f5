package app.lexdesk.core.notifications;

import java.util.List;
import java.util.UUID;

/**
 * A rule: when {@code event} happens on a record that matches every filter set (null: any), tell the recipients
 * through the channel.
 *
 * @param target       a Matters board code or a contract type code
 * @param requestType  the code of the request type the record came from
 * @param mandatory    whether recipients get it whatever their preference (otherwise it is optional)
 */
public record NotificationRule(UUID id, NotificationEvent event, String name, String recordKind, String target,
        String requestType, UUID companyId, List<Recipient> recipients, String channel, boolean mandatory,
        boolean enabled, long version) {

    public NotificationRule {
        recipients = List.copyOf(recipients);
    }
}
