package app.lexdesk.plugin.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One notification as a {@link NotificationChannel} sends it: already rendered, in its recipient's language, and
 * holding only what that recipient may read. Immutable.
 *
 * @param tenant          the tenant's slug: the notification belongs to it, and so does the configuration passed
 *                        alongside; a channel never looks the tenant up elsewhere
 * @param tenantName      the tenant's name as people read it ("ACME Legal")
 * @param deliveryId      the delivery's id, the same on every attempt (also after a crash): the idempotency key to
 *                        hand to the receiver
 * @param event           what happened, kebab-case ({@code status-changed}, {@code request-submitted}, …)
 * @param recordReference the record's reference ({@code REQ-2026-000042}), or null when the event has no record
 * @param subject         a one-line summary
 * @param text            the plain-text body, already filtered for the recipient (may be empty)
 * @param link            the absolute URL of the record, or null
 * @param language        the language it is written in ({@code en} or {@code fr})
 * @param occurredAt      when it happened
 */
public record ChannelNotification(String tenant, String tenantName, String deliveryId, String event,
        String recordReference, String subject, String text, String link, String language, Instant occurredAt) {

    public ChannelNotification {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(occurredAt, "occurredAt");
        tenantName = tenantName == null ? tenant : tenantName;
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
        language = language == null ? "en" : language;
    }
}
