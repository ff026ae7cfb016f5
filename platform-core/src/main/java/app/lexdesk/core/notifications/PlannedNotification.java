package app.lexdesk.core.notifications;

import java.util.UUID;

/**
 * Who would be told of an event on a record, through which channel and by which rule: the answer of "who would be
 * notified?", computed by the same planning as real deliveries.
 *
 * @param skipped why this recipient would get nothing now (their preference, no address), null when they would
 */
public record PlannedNotification(UUID ruleId, String ruleName, String recipientName, String address, String channel,
        String audience, boolean digest, String skipped) {
}
