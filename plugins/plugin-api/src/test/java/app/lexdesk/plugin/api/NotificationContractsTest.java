package app.lexdesk.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pf4j.DefaultVersionManager;

class NotificationContractsTest {

    @Test
    void a_notification_needs_its_tenant_delivery_id_event_and_time_and_fills_the_rest() {
        ChannelNotification n = new ChannelNotification("acme", null, "d-1", "status-changed", null, null, null, null,
                null, Instant.EPOCH);
        assertThat(n.tenantName()).isEqualTo("acme");
        assertThat(n.subject()).isEmpty();
        assertThat(n.text()).isEmpty();
        assertThat(n.language()).isEqualTo("en");
        assertThat(n.link()).isNull();
        assertThat(n.recordReference()).isNull();
        assertThatThrownBy(() -> new ChannelNotification(null, "ACME", "d-1", "status-changed", null, "", "", null,
                "en", Instant.EPOCH)).hasMessage("tenant");
        assertThatThrownBy(() -> new ChannelNotification("acme", "ACME", null, "status-changed", null, "", "", null,
                "en", Instant.EPOCH)).hasMessage("deliveryId");
    }

    @Test
    void results_say_what_the_host_does_next() {
        assertThat(DeliveryResult.delivered("HTTP 204")).isEqualTo(
                new DeliveryResult(DeliveryResult.Outcome.DELIVERED, "HTTP 204"));
        assertThat(DeliveryResult.retry("timed out").outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
        assertThat(DeliveryResult.failed(null).detail()).isEmpty();
        assertThatThrownBy(() -> new DeliveryResult(null, "x")).hasMessage("outcome");
    }

    @Test
    void plugins_written_for_1_0_still_load_and_channel_plugins_need_1_1() {
        DefaultVersionManager versions = new DefaultVersionManager();
        assertThat(versions.checkVersionConstraint(PluginApi.VERSION, ">=1.0.0 & <2.0.0")).isTrue();
        assertThat(versions.checkVersionConstraint(PluginApi.VERSION, ">=1.1.0 & <2.0.0")).isTrue();
        assertThat(versions.checkVersionConstraint("1.0.0", ">=1.1.0 & <2.0.0")).isFalse();
        assertThat(versions.checkVersionConstraint(PluginApi.VERSION, ">=2.0.0")).isFalse();
    }
}
