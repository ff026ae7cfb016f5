package app.lexdesk.core.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.plugin.api.ChannelNotification;
import app.lexdesk.plugin.api.DeliveryResult;
import app.lexdesk.plugin.api.DeliveryResult.Outcome;
import app.lexdesk.plugin.api.NotificationChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The host's side of a delivery, with test double channels: what it refuses, its time budget, its threads. */
class NotificationChannelsTest {

    static final CurrentTenant ACME = new CurrentTenant(UUID.randomUUID(), "acme");
    static final CurrentTenant GLOBEX = new CurrentTenant(UUID.randomUUID(), "globex");

    final PluginSettingsService settings = mock(PluginSettingsService.class);
    final PluginHost host = mock(PluginHost.class);
    final NotificationChannels channels = new NotificationChannels(settings, host, Duration.ofMillis(300), 8);
    final List<TenantPluginSetting> tenantSettings = new ArrayList<>();
    final ExecutorService dispatchers = Executors.newCachedThreadPool();
    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        dispatchers.shutdownNow();
        channels.stop();
    }

    @Test
    void a_channel_that_is_not_installed_fails_for_good() {
        assertThat(deliver(ACME, "carrier-pigeon")).isEqualTo(DeliveryResult.failed(
                "Channel carrier-pigeon is not installed."));
    }

    @Test
    void a_channel_the_tenant_did_not_switch_on_fails_and_is_not_called() {
        AtomicInteger calls = new AtomicInteger();
        install(channel("hook", (n, c) -> {
            calls.incrementAndGet();
            return DeliveryResult.delivered("HTTP 204");
        }));
        assertThat(deliver(ACME, "hook")).isEqualTo(DeliveryResult.failed(
                "Channel hook is switched off for this tenant."));
        add(new TenantPluginSetting("hook", false, 0, Map.of("url", "https://x.example.com")));
        assertThat(deliver(ACME, "hook").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(calls).hasValue(0);
    }

    @Test
    void an_enabled_channel_gets_the_notification_and_the_tenants_own_configuration() {
        List<Map<String, Object>> seen = new ArrayList<>();
        install(channel("hook", (n, c) -> {
            seen.add(c);
            return DeliveryResult.delivered("HTTP 204 for " + n.deliveryId());
        }));
        enable("hook", Map.of("url", "https://acme.example.com/in"));
        assertThat(deliver(ACME, "hook")).isEqualTo(DeliveryResult.delivered("HTTP 204 for d-acme"));
        assertThat(seen).containsExactly(Map.of("url", "https://acme.example.com/in"));
    }

    @Test
    void a_notification_of_another_tenant_is_refused_and_never_reaches_the_channel() {
        AtomicInteger calls = new AtomicInteger();
        install(channel("hook", (n, c) -> {
            calls.incrementAndGet();
            return DeliveryResult.delivered("HTTP 204");
        }));
        enable("hook", Map.of());
        try (var ignored = TenantContext.open(ACME)) {
            DeliveryResult result = channels.deliver("hook", notification(GLOBEX));
            assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(result.detail()).isEqualTo("Delivery d-globex was not sent from its own tenant.");
        }
        assertThat(channels.deliver("hook", notification(ACME)).outcome()).as("no tenant at all")
                .isEqualTo(Outcome.FAILED);
        assertThat(calls).hasValue(0);
    }

    @Test
    void a_channel_over_its_time_budget_is_retried_and_the_caller_is_back_in_time() {
        install(channel("slow", (n, c) -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return DeliveryResult.delivered("too late");
        }));
        enable("slow", Map.of());
        long start = System.nanoTime();
        assertThat(deliver(ACME, "slow")).isEqualTo(DeliveryResult.retry("Channel slow timed out after 300 ms."));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void a_channel_that_throws_or_answers_nothing_is_retried_with_what_it_said() {
        install(channel("broken", (n, c) -> {
            throw new IllegalStateException("receiver address unknown");
        }));
        install(channel("silent", (n, c) -> null));
        enable("broken", Map.of());
        enable("silent", Map.of());
        assertThat(deliver(ACME, "broken")).isEqualTo(DeliveryResult.retry("receiver address unknown"));
        assertThat(deliver(ACME, "silent")).isEqualTo(DeliveryResult.retry("Channel silent returned no result."));
    }

    @Test
    void settings_that_cannot_be_read_mean_try_again_never_an_exception() {
        install(channel("hook", (n, c) -> DeliveryResult.delivered("HTTP 204")));
        when(settings.settings()).thenThrow(new IllegalStateException("database down"));
        assertThat(deliver(ACME, "hook")).isEqualTo(DeliveryResult.retry(
                "Could not start the delivery: IllegalStateException"));
    }

    @Test
    void a_tenant_whose_receiver_hangs_holds_only_its_share_and_other_tenants_still_deliver() throws Exception {
        AtomicInteger started = new AtomicInteger();
        install(channel("hook", (n, c) -> {
            if (n.tenant().equals("acme")) {
                started.incrementAndGet();
                awaitIgnoringInterrupts(release);
                return DeliveryResult.delivered("too late");
            }
            return DeliveryResult.delivered("HTTP 204");
        }));
        enable("hook", Map.of());
        // A pool of 8: the plugin may hold 4 threads, one tenant 2 of them.
        List<Future<DeliveryResult>> acme = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            acme.add(dispatchers.submit(() -> deliver(ACME, "hook")));
        }
        for (Future<DeliveryResult> f : acme) {
            assertThat(f.get().outcome()).isEqualTo(Outcome.RETRY);
        }
        assertThat(started).hasValue(2);
        assertThat(deliver(ACME, "hook")).isEqualTo(DeliveryResult.retry(
                "Channel hook is still busy with this tenant's earlier deliveries; it will be tried again."));
        assertThat(started).as("acme's third call never started").hasValue(2);
        assertThat(deliver(GLOBEX, "hook")).isEqualTo(DeliveryResult.delivered("HTTP 204"));
        release.countDown();
        DeliveryResult again = null;
        for (int i = 0; i < 100 && (again == null || again.outcome() != Outcome.DELIVERED); i++) {
            Thread.sleep(20);
            again = deliver(ACME, "hook");
        }
        assertThat(again).as("acme delivers again once its threads came back")
                .isEqualTo(DeliveryResult.delivered("too late"));
    }

    @Test
    void the_tenant_may_choose_the_channels_installed_and_switched_on_by_their_names() {
        NotificationChannel hook = channel("hook", (n, c) -> DeliveryResult.delivered(""));
        NotificationChannel pager = channel("pager", (n, c) -> DeliveryResult.delivered(""));
        NotificationChannel fax = channel("fax", (n, c) -> DeliveryResult.delivered(""));
        when(host.channels()).thenReturn(List.of(fax, hook, pager));
        when(host.displayName("hook", Locale.FRENCH)).thenReturn("Crochet");
        when(host.displayName("pager", Locale.FRENCH)).thenReturn("Bipeur");
        enable("hook", Map.of());
        add(new TenantPluginSetting("pager", false, 0, Map.of()));
        enable("rules-classifier", Map.of());
        try (var ignored = TenantContext.open(ACME)) {
            assertThat(channels.available(Locale.FRENCH)).containsExactly(new ChannelOption("hook", "Crochet"));
        }
    }

    private DeliveryResult deliver(CurrentTenant tenant, String channelId) {
        try (var ignored = TenantContext.open(tenant)) {
            return channels.deliver(channelId, notification(tenant));
        }
    }

    private static ChannelNotification notification(CurrentTenant tenant) {
        return new ChannelNotification(tenant.slug(), tenant.slug().toUpperCase(Locale.ROOT), "d-" + tenant.slug(),
                "status-changed", "REQ-2026-000001", "Status changed", "Now in progress", null, "en", Instant.now());
    }

    private void install(NotificationChannel channel) {
        when(host.channel(channel.id())).thenReturn(Optional.of(channel));
    }

    private void enable(String id, Map<String, Object> configuration) {
        add(new TenantPluginSetting(id, true, tenantSettings.size(), configuration));
    }

    private void add(TenantPluginSetting setting) {
        tenantSettings.add(setting);
        when(settings.settings()).thenReturn(List.copyOf(tenantSettings));
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException ignored) {
                // On purpose: this channel misbehaves by ignoring cancellation.
            }
        }
    }

    private static NotificationChannel channel(String id,
            BiFunction<ChannelNotification, Map<String, Object>, DeliveryResult> behaviour) {
        return new NotificationChannel() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName(Locale locale) {
                return id;
            }

            @Override
            public String configurationSchema() {
                return "{}";
            }

            @Override
            public DeliveryResult deliver(ChannelNotification notification, Map<String, Object> configuration) {
                return behaviour.apply(notification, configuration);
            }
        };
    }
}
