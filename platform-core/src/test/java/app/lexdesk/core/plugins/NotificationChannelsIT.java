package app.lexdesk.core.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.plugin.api.ChannelNotification;
import app.lexdesk.plugin.api.DeliveryResult;
import app.lexdesk.plugin.api.DeliveryResult.Outcome;
import app.lexdesk.plugin.api.RequestFacts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webhook plugin as the host loads it from its jar: configured per tenant in the real database (bad
 * configurations refused whole), delivering through {@link NotificationChannels} to a real HTTP receiver, and never
 * for a tenant that did not configure it.
 */
@CoreIntegrationTest
class NotificationChannelsIT {

    static final String WEBHOOK = "webhook-channel";
    static final String SECRET = "acme-shared-webhook-secret";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired PluginHost host;
    @Autowired PluginSettingsService plugins;
    @Autowired NotificationChannels channels;
    @Autowired ClassificationService classification;
    @Autowired TenantDirectory directory;
    @Autowired TransactionTemplate transactions;

    record Received(Headers headers, byte[] body) {
    }

    HttpServer receiver;
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    volatile int status = 204;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        inTenant(acme(), () -> plugins.configure(WEBHOOK, false, 0, configuration("generic")));
    }

    @Test
    void the_webhook_plugin_is_loaded_from_its_jar_as_a_notification_channel() {
        assertThat(host.installed()).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo(WEBHOOK);
            assertThat(p.state()).isEqualTo("STARTED");
        });
        assertThat(host.channel(WEBHOOK)).isPresent();
        assertThat(host.classifier(WEBHOOK)).isEmpty();
        assertThat(host.displayName(WEBHOOK, Locale.FRENCH)).isEqualTo("Webhook");
        assertThat(host.getClass().getClassLoader().getResource("app/lexdesk/plugins/webhook/WebhookChannel.class"))
                .as("plugin classes must come from the jar, not the application classpath").isNull();
    }

    @Test
    void a_bad_webhook_configuration_is_refused_with_readable_reasons_and_nothing_is_saved() {
        Optional<TenantPluginSetting> before = setting(acme());
        assertProblems(Map.of("url", "https://hooks.example.com/in", "secret", "too-short"),
                "configuration.secret is shorter than 16 characters.");
        assertProblems(Map.of("url", "ftp://hooks.example.com/in", "secret", SECRET),
                "The webhook address must start with https:// or http:// (not ftp:).");
        assertProblems(Map.of("url", "https://admin:pw@hooks.example.com/in", "secret", SECRET),
                "The webhook address must not contain a user name or password; the signature authenticates Lexdesk "
                        + "to the receiver.");
        assertProblems(Map.of("url", "https://hooks.example.com/in", "secret", SECRET, "timeoutSeconds", 90,
                        "format", "discord"),
                "configuration.format must be one of [\"generic\",\"teams\",\"slack\"].",
                "configuration.timeoutSeconds must be at most 30.");
        assertProblems(Map.of("secret", SECRET, "retries", 3), "configuration.url is required.",
                "configuration.retries is not a known setting.");
        assertThat(setting(acme())).isEqualTo(before);
    }

    @Test
    void acme_delivers_through_its_webhook_to_a_real_receiver_that_checks_the_signature() throws Exception {
        inTenant(acme(), () -> plugins.configure(WEBHOOK, true, 10, configuration("generic")));
        assertThat(inTenant(acme(), () -> channels.available(Locale.ENGLISH)))
                .contains(new ChannelOption(WEBHOOK, "Webhook"));

        DeliveryResult result = deliver(acme(), notification("acme", "d-acme-1"));
        assertThat(result).isEqualTo(DeliveryResult.delivered("HTTP 204"));
        Received got = next();
        String timestamp = got.headers().getFirst("X-Lexdesk-Timestamp");
        assertThat(got.headers().getFirst("X-Lexdesk-Signature")).isEqualTo(signature(SECRET, timestamp, got.body()));
        assertThat(got.headers().getFirst("X-Lexdesk-Delivery")).isEqualTo("d-acme-1");
        JsonNode body = JSON.readTree(got.body());
        assertThat(body.get("tenant").asText()).isEqualTo("acme");
        assertThat(body.get("reference").asText()).isEqualTo("REQ-2026-000042");
        assertThat(body.get("text").asText()).isEqualTo("Status: In progress");
    }

    @Test
    void a_500_from_the_receiver_is_retried_and_the_next_attempt_carries_the_same_delivery_id() throws Exception {
        inTenant(acme(), () -> plugins.configure(WEBHOOK, true, 10, configuration("generic")));
        status = 500;
        assertThat(deliver(acme(), notification("acme", "d-acme-2"))).isEqualTo(DeliveryResult.retry("HTTP 500"));
        status = 200;
        assertThat(deliver(acme(), notification("acme", "d-acme-2"))).isEqualTo(DeliveryResult.delivered("HTTP 200"));
        assertThat(next().headers().getFirst("X-Lexdesk-Delivery")).isEqualTo("d-acme-2");
        assertThat(next().headers().getFirst("X-Lexdesk-Delivery")).isEqualTo("d-acme-2");
    }

    @Test
    void globex_cannot_use_acmes_channel_configuration() throws Exception {
        inTenant(acme(), () -> plugins.configure(WEBHOOK, true, 10, configuration("generic")));
        assertThat(setting(globex()).filter(TenantPluginSetting::enabled)).isEmpty();
        assertThat(inTenant(globex(), () -> channels.available(Locale.ENGLISH))).extracting(ChannelOption::id)
                .doesNotContain(WEBHOOK);

        DeliveryResult own = deliver(globex(), notification("globex", "d-globex-1"));
        assertThat(own).isEqualTo(DeliveryResult.failed("Channel webhook-channel is switched off for this tenant."));
        DeliveryResult acmes = deliver(globex(), notification("acme", "d-acme-3"));
        assertThat(acmes.outcome()).isEqualTo(Outcome.FAILED);
        Thread.sleep(300);
        assertThat(received).as("nothing was posted").isEmpty();
    }

    @Test
    void a_channel_enabled_first_is_never_taken_for_a_classifier() {
        inTenant(acme(), () -> plugins.configure(WEBHOOK, true, -10, configuration("slack")));
        RequestFacts facts = new RequestFacts("acme", "other-legal-question", "MATTER", "Mise en demeure reçue", "",
                Map.of(), "Client Co", "fr");
        Optional<Classification> result = inTenant(acme(),
                () -> classification.classify(facts, Set.of("CORPORATE", "LITIGATION", "IP")));
        assertThat(result).hasValueSatisfying(c -> assertThat(c.classifierId()).isEqualTo("rules-classifier"));
    }

    private void assertProblems(Map<String, Object> configuration, String... problems) {
        assertThatThrownBy(() -> inTenant(acme(), () -> plugins.configure(WEBHOOK, true, 0, configuration)))
                .isInstanceOfSatisfying(InvalidPluginConfigurationException.class,
                        e -> assertThat(e.problems()).containsExactlyInAnyOrder(problems));
    }

    private DeliveryResult deliver(CurrentTenant tenant, ChannelNotification notification) {
        // As the dispatcher calls it: in the tenant's scope, outside any transaction.
        return TenantContext.callAsPlatformWork(tenant, () -> channels.deliver(WEBHOOK, notification));
    }

    private static ChannelNotification notification(String tenant, String deliveryId) {
        return new ChannelNotification(tenant, tenant.toUpperCase(Locale.ROOT), deliveryId, "status-changed",
                "REQ-2026-000042", "REQ-2026-000042 is now In progress", "Status: In progress",
                "http://localhost:8080/t/" + tenant + "/app/records/REQ-2026-000042", "en", Instant.now());
    }

    private Map<String, Object> configuration(String format) {
        return Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/lexdesk", "secret", SECRET,
                "format", format, "timeoutSeconds", 5);
    }

    private Received next() throws InterruptedException {
        Received next = received.poll(5, TimeUnit.SECONDS);
        assertThat(next).as("a request reached the receiver").isNotNull();
        return next;
    }

    /** The receiver's check, from the documented header format. */
    private static String signature(String secret, String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private Optional<TenantPluginSetting> setting(CurrentTenant tenant) {
        return inTenant(tenant, () -> plugins.settings()).stream().filter(s -> s.pluginId().equals(WEBHOOK))
                .findFirst();
    }

    private CurrentTenant acme() {
        return tenant("acme");
    }

    private CurrentTenant globex() {
        return tenant("globex");
    }

    private CurrentTenant tenant(String slug) {
        var t = directory.findBySlug(slug).orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private <T> T inTenant(CurrentTenant tenant, Supplier<T> work) {
        return TenantContext.callAsPlatformWork(tenant, () -> transactions.execute(s -> work.get()));
    }
}
