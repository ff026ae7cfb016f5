package app.lexdesk.core.notifications;

import java.time.Instant;
import java.util.UUID;

/** A line of the delivery log, for administrators. */
public record DeliverySummary(UUID id, String event, String recordReference, String recipientName, String address,
        String channel, DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError,
        String subject, Instant createdAt, Instant sentAt, String messageId) {
}
