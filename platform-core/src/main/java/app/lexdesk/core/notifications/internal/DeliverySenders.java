package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.plugins.NotificationChannels;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.plugin.api.ChannelNotification;
import app.lexdesk.plugin.api.DeliveryResult;
import org.springframework.stereotype.Component;

/**
 * Sends a claimed delivery through its channel: email here, a plugin channel through the plugin host. Never throws:
 * every failure is an outcome the dispatcher records.
 */
@Component
class DeliverySenders {

    enum Outcome { SENT, RETRY, FAILED }

    record Result(Outcome outcome, String detail) {
    }

    private final EmailChannel email;
    private final UnsubscribeTokens unsubscribe;
    private final NotificationLinks links;
    private final ReplyMarkers replies;
    private final NotificationChannels channels;

    DeliverySenders(EmailChannel email, UnsubscribeTokens unsubscribe, NotificationLinks links, ReplyMarkers replies,
            NotificationChannels channels) {
        this.channels = channels;
        this.email = email;
        this.unsubscribe = unsubscribe;
        this.links = links;
        this.replies = replies;
    }

    Result send(CurrentTenant tenant, String tenantName, DeliveryStore.Claimed delivery) {
        try {
            if (NotificationRules.EMAIL.equals(delivery.channel())) {
                String unsubscribeLink = delivery.optional() && delivery.personId() != null
                        ? links.unsubscribe(unsubscribe.token(tenant.id(), delivery.personId())) : null;
                String replyTo = "REQUESTER".equals(delivery.audience()) && delivery.recordId() != null
                        ? replies.replyTo(delivery.personId(), delivery.recordId()).orElse(null) : null;
                EmailChannel.Result r = email.send(delivery, tenantName, unsubscribeLink, replyTo);
                return new Result(Outcome.valueOf(r.outcome().name()), r.detail());
            }
            // A plugin channel, with staff content (a rule with a plugin channel never selects a requester).
            DeliveryResult r = channels.deliver(delivery.channel(), new ChannelNotification(tenant.slug(), tenantName,
                    delivery.id().toString(), delivery.event(), delivery.recordReference(), delivery.subject(),
                    delivery.text(), delivery.link(), delivery.language(), delivery.occurredAt()));
            return new Result(switch (r.outcome()) {
                case DELIVERED -> Outcome.SENT;
                case RETRY -> Outcome.RETRY;
                case FAILED -> Outcome.FAILED;
            }, r.detail());
        } catch (RuntimeException e) {
            return new Result(Outcome.RETRY, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
