package app.lexdesk.core.plugins;

import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.plugin.api.ChannelNotification;
import app.lexdesk.plugin.api.DeliveryResult;
import app.lexdesk.plugin.api.NotificationChannel;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The current tenant's notification channel plugins, for the notifications feature: which channels it may send
 * through, and one delivery through one of them with the tenant's own configuration.
 *
 * <p>{@link #deliver} never throws and never waits longer than {@code lexdesk.plugins.channel-timeout} (30 s): a
 * channel that runs over or throws answers {@link DeliveryResult.Outcome#RETRY}, so the delivery log tries again
 * later. Channels run on a bounded pool ({@code lexdesk.plugins.channel-threads}, 16) where one plugin holds at most
 * half the threads and one tenant at most half of its plugin's share, so a tenant whose receiver hangs delays neither
 * other tenants nor other channels; past that a delivery answers RETRY at once instead of waiting for a thread. Call
 * it outside any transaction: a slow receiver should hold no database connection.
 */
@Service
public class NotificationChannels {

    private static final Logger log = LoggerFactory.getLogger(NotificationChannels.class);

    private final PluginSettingsService settings;
    private final PluginHost host;
    private final Duration timeout;
    private final ThreadPoolExecutor executor;
    private final int perPlugin;
    private final int perTenant;
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

    NotificationChannels(PluginSettingsService settings, PluginHost host,
            @Value("${lexdesk.plugins.channel-timeout:30s}") Duration timeout,
            @Value("${lexdesk.plugins.channel-threads:16}") int threads) {
        this.settings = settings;
        this.host = host;
        this.timeout = timeout;
        this.perPlugin = Math.max(1, threads / 2);
        this.perTenant = Math.max(1, perPlugin / 2);
        AtomicInteger numbers = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(0, threads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "lexdesk-channel-" + numbers.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** The channels installed and enabled for the current tenant, by id, named in {@code locale}. */
    public List<ChannelOption> available(Locale locale) {
        Set<String> enabled = settings.settings().stream().filter(TenantPluginSetting::enabled)
                .map(TenantPluginSetting::pluginId).collect(Collectors.toSet());
        return host.channels().stream().filter(c -> enabled.contains(c.id()))
                .map(c -> new ChannelOption(c.id(), host.displayName(c.id(), locale))).toList();
    }

    /**
     * Delivers {@code notification} through channel {@code channelId} with the current tenant's configuration of it.
     * Called in the tenant's {@link TenantContext}; a notification of another tenant is refused. Not installed or
     * switched off for the tenant: {@link DeliveryResult.Outcome#FAILED}. Never throws.
     */
    public DeliveryResult deliver(String channelId, ChannelNotification notification) {
        try {
            Optional<NotificationChannel> channel = host.channel(channelId);
            if (channel.isEmpty()) {
                return DeliveryResult.failed("Channel " + channelId + " is not installed.");
            }
            Optional<CurrentTenant> tenant = TenantContext.current();
            if (tenant.isEmpty() || !tenant.get().slug().equals(notification.tenant())) {
                log.warn("Delivery {} of tenant {} refused: called in {}", notification.deliveryId(),
                        notification.tenant(), tenant.map(CurrentTenant::slug).orElse("no tenant"));
                return DeliveryResult.failed("Delivery " + notification.deliveryId()
                        + " was not sent from its own tenant.");
            }
            Optional<TenantPluginSetting> setting = settings.settings().stream()
                    .filter(s -> s.pluginId().equals(channelId) && s.enabled()).findFirst();
            if (setting.isEmpty()) {
                return DeliveryResult.failed("Channel " + channelId + " is switched off for this tenant.");
            }
            return run(channel.get(), notification, setting.get().configuration());
        } catch (RuntimeException e) {
            log.warn("Delivery {} through {} for tenant {} could not start; it will be tried again",
                    notification.deliveryId(), channelId, notification.tenant(), e);
            return DeliveryResult.retry("Could not start the delivery: " + e.getClass().getSimpleName());
        }
    }

    private DeliveryResult run(NotificationChannel channel, ChannelNotification notification,
            Map<String, Object> configuration) {
        AtomicInteger pluginCalls = running.computeIfAbsent(channel.id(), id -> new AtomicInteger());
        AtomicInteger tenantCalls = running.computeIfAbsent(channel.id() + "\n" + notification.tenant(),
                id -> new AtomicInteger());
        if (pluginCalls.incrementAndGet() > perPlugin) {
            pluginCalls.decrementAndGet();
            log.warn("Channel {} still holds {} threads; delivery {} of tenant {} retried later", channel.id(),
                    perPlugin, notification.deliveryId(), notification.tenant());
            return DeliveryResult.retry("Channel " + channel.id() + " is busy; it will be tried again.");
        }
        if (tenantCalls.incrementAndGet() > perTenant) {
            tenantCalls.decrementAndGet();
            pluginCalls.decrementAndGet();
            log.warn("Channel {} still holds {} threads for tenant {}; delivery {} retried later", channel.id(),
                    perTenant, notification.tenant(), notification.deliveryId());
            return DeliveryResult.retry("Channel " + channel.id()
                    + " is still busy with this tenant's earlier deliveries; it will be tried again.");
        }
        Future<DeliveryResult> call;
        try {
            call = executor.submit(() -> {
                try {
                    return channel.deliver(notification, configuration);
                } finally {
                    tenantCalls.decrementAndGet();
                    pluginCalls.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            tenantCalls.decrementAndGet();
            pluginCalls.decrementAndGet();
            log.warn("No channel thread free; delivery {} of tenant {} retried later", notification.deliveryId(),
                    notification.tenant());
            return DeliveryResult.retry("No thread free for channel " + channel.id() + "; it will be tried again.");
        }
        try {
            DeliveryResult result = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return result == null ? DeliveryResult.retry("Channel " + channel.id() + " returned no result.") : result;
        } catch (TimeoutException e) {
            call.cancel(true);
            log.warn("Channel {} ran over its {} ms for delivery {} of tenant {}", channel.id(), timeout.toMillis(),
                    notification.deliveryId(), notification.tenant());
            return DeliveryResult.retry("Channel " + channel.id() + " timed out after " + seconds(timeout) + ".");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return DeliveryResult.retry("Interrupted while channel " + channel.id() + " was delivering.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            log.warn("Channel {} failed for delivery {} of tenant {}: {}", channel.id(), notification.deliveryId(),
                    notification.tenant(), cause.toString());
            String message = cause.getMessage() == null || cause.getMessage().isBlank()
                    ? cause.getClass().getSimpleName() : cause.getMessage();
            return DeliveryResult.retry(message);
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
