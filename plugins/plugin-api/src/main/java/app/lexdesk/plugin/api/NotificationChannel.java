package app.lexdesk.plugin.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: delivers one rendered notification somewhere outside Lexdesk — a webhook, a chat channel, a
 * ticketing system — as a tenant configured it.
 *
 * <p><b>Contract.</b> {@link #deliver} sends the notification it is given, using only the configuration it is
 * given, and says how it went. It may do network I/O but must honour a timeout of its own of at most 30 s; the host
 * also bounds each call ({@code lexdesk.plugins.channel-timeout}) and counts a call that runs over as
 * {@link DeliveryResult.Outcome#RETRY}, as it does for an exception. The notification is already rendered and
 * filtered for its recipient: a channel never fetches more about the record, and never adds to what it was given.
 *
 * <p><b>Outcomes.</b> {@link DeliveryResult.Outcome#DELIVERED}: the receiver took it. {@link
 * DeliveryResult.Outcome#RETRY}: it may work later (a timeout, a refused connection, the receiver overloaded or
 * failing); the host tries again with backoff through its delivery log, and gives up after its own limit.
 * {@link DeliveryResult.Outcome#FAILED}: it will not work as configured (the receiver refused the message or its
 * address); final, never retried. The detail is shown to the tenant's administrators in the delivery log: it names
 * the status or cause, never a secret of the configuration.
 *
 * <p><b>Idempotency.</b> {@link ChannelNotification#deliveryId()} is the same every time the host tries one
 * delivery, including after a crash between sending and recording the outcome; a channel passes it on (a header, an
 * idempotency key) so that a receiver can recognise a repeat.
 *
 * <p><b>Tenant.</b> The tenant is passed in ({@link ChannelNotification#tenant()}) together with that tenant's
 * configuration of this channel; an implementation never looks a tenant up, and never keeps state from one tenant's
 * call for another's (no cached configuration, no connection credentials kept by tenant).
 *
 * <p><b>Lifecycle and threading.</b> One instance per plugin, created when the plugin starts and shared by every
 * tenant; {@link #deliver} is called concurrently from the host's dispatcher threads, so implementations are
 * stateless or thread-safe (a shared HTTP client is fine).
 *
 * <p><b>Configuration.</b> {@link #configurationSchema()} returns a JSON Schema (draft 2020-12 subset:
 * {@code type}, {@code properties}, {@code items}, {@code required}, {@code enum}, {@code maxItems},
 * {@code minLength}, {@code maxLength}, {@code minimum}, {@code maximum}; {@code default} and {@code description}
 * are for readers) describing the per-tenant configuration; the host validates each tenant's configuration against
 * it before saving, and {@link #validate} may add checks a schema cannot express. A configuration that was refused
 * is never saved, so {@link #deliver} only sees configurations that passed both.
 *
 * @since 1.1.0
 */
public interface NotificationChannel extends ExtensionPoint {

    /** Stable id, kebab-case; usually the plugin id. */
    String id();

    /** The channel's name as administrators read it ("Webhook"), in {@code locale} where the plugin knows it. */
    String displayName(Locale locale);

    /** The JSON Schema of this channel's per-tenant configuration, as JSON text. */
    String configurationSchema();

    /**
     * Further checks of a tenant's configuration (already valid against the schema).
     *
     * @return problems in words an administrator understands; empty when the configuration is usable
     */
    default List<String> validate(Map<String, Object> configuration) {
        return List.of();
    }

    /**
     * Sends one notification.
     *
     * @param notification  what to send, rendered for its recipient, with its tenant and a delivery id stable across
     *                      retries
     * @param configuration this tenant's configuration of this channel (parsed JSON: maps, lists, strings, numbers,
     *                      booleans), as validated when it was saved
     * @return how it went; never null. Throwing counts as {@link DeliveryResult.Outcome#RETRY}
     */
    DeliveryResult deliver(ChannelNotification notification, Map<String, Object> configuration);
}
