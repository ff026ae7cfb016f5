package app.lexdesk.core.notifications;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * What an administrator sets on a rule; see {@link NotificationRule}. Blank filters mean "any"; left out,
 * {@code mandatory} is false, {@code enabled} true and {@code channel} email.
 */
public record SaveNotificationRule(String event, String name, String recordKind, String target, String requestType,
        UUID companyId, List<Recipient> recipients, String channel, Boolean mandatory, Boolean enabled) {

    public SaveNotificationRule {
        // Kept as given (a null entry included) for the checks to refuse with a message, not a 500.
        recipients = recipients == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(recipients));
        mandatory = mandatory != null && mandatory;
        enabled = enabled == null || enabled;
    }
}
