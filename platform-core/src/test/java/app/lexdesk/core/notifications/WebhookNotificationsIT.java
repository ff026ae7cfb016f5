package app.lexdesk.core.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.PortalRequest;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.notes.AddNote;
import app.lexdesk.core.notes.NoteService;
import app.lexdesk.core.notes.NoteVisibility;
import app.lexdesk.core.plugins.PluginSettingsService;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.testing.EventListeners;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rule whose channel is the webhook plugin (a real jar loaded by the host) posting to a real HTTP server: the
 * receiver checks the signature as the plugin documents it; its first answer is a 500, which the delivery log shows
 * as retrying with the error, and the next attempt — same delivery id — is delivered. A rule cannot name a channel the
 * tenant has not switched on.
 */
@CoreIntegrationTest
class WebhookNotificationsIT {

    static final String WEBHOOK = "webhook-channel";
    static final String SECRET = "notifications-webhook-secret";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired PluginSettingsService plugins;
    @Autowired NotificationRuleService rules;
    @Autowired DeliveryLogService log;
    @Autowired IntakeService intake;
    @Autowired NoteService notes;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    record Received(Map<String, String> headers, byte[] body) {
    }

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    CurrentTenant acme;
    UUID rule;

    @BeforeEach
    void aReceiverThatFailsOnce() throws IOException {
        var t = directory.findBySlug("acme").orElseThrow();
        acme = new CurrentTenant(t.id(), t.slug());
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(Map.of(
                    "timestamp", String.valueOf(exchange.getRequestHeaders().getFirst("X-Lexdesk-Timestamp")),
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-Lexdesk-Signature")),
                    "delivery", String.valueOf(exchange.getRequestHeaders().getFirst("X-Lexdesk-Delivery"))), body));
            int status = calls.incrementAndGet() == 1 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void cleanUp() {
        receiver.stop(0);
        if (rule != null) {
            asAdmin(() -> {
                rules.delete(rule);
                return null;
            });
        }
        asAdmin(() -> plugins.configure(WEBHOOK, false, 0, configuration()));
    }

    @Test
    void a_rule_posts_a_signed_webhook_and_a_500_is_retried_through_the_delivery_log() throws Exception {
        SaveNotificationRule toWebhook = new SaveNotificationRule("shared-note-added", "Team channel", null, null,
                null, null, List.of(), WEBHOOK, false, true);
        assertThatThrownBy(() -> asAdmin(() -> rules.create(toWebhook))).as("not switched on for the tenant yet")
                .isInstanceOf(InvalidNotificationRuleException.class).hasFieldOrPropertyWithValue("field", "channel");
        asAdmin(() -> plugins.configure(WEBHOOK, true, 0, configuration()));
        assertThatThrownBy(() -> asAdmin(() -> rules.create(new SaveNotificationRule("shared-note-added", "", null,
                null, null, null, List.of(Recipient.of(RecipientKind.ASSIGNEE)), WEBHOOK, false, true))))
                .as("a channel posts to where it is configured").isInstanceOf(InvalidNotificationRuleException.class)
                .hasFieldOrPropertyWithValue("code", "channel-has-no-recipients");
        rule = asAdmin(() -> rules.create(toWebhook)).id();

        PortalRequest request = as("requester@client.test", Role.PORTAL_USER, () -> intake.submit(new SubmitRequest(
                "other-legal-question", "Webhook " + System.nanoTime(), "", Map.of(), "en", null, List.of())));
        UUID record = inAcme(() -> jdbc.queryForObject("select id from matter where request_id = ?", UUID.class,
                request.id()));
        String text = "Shared with the team channel " + System.nanoTime();
        as("lawyer@acme.test", Role.LEGAL_STAFF, () -> notes.add(record, new AddNote(text, NoteVisibility.SHARED)));
        EventListeners.awaitCompletion(jdbc);

        UUID delivery = await(() -> inAcme(() -> jdbc.queryForList("select id from notification_delivery where "
                + "record_id = ? and channel = ? and status = 'SENT'", UUID.class, record, WEBHOOK)).stream()
                .findFirst().orElse(null));
        DeliverySummary sent = asAdmin(() -> log.find(delivery)).orElseThrow();
        assertThat(sent.attempts()).as("the 500, then the success").isEqualTo(2);
        assertThat(received).hasSize(2);
        assertThat(received).extracting(r -> r.headers().get("delivery")).as("the same delivery both times")
                .containsOnly(delivery.toString());
        for (Received r : received) {
            assertThat(r.headers().get("signature")).isEqualTo(signature(r.headers().get("timestamp"), r.body()));
        }
        JsonNode body = JSON.readTree(received.get(1).body());
        assertThat(body.get("event").asText()).isEqualTo("shared-note-added");
        assertThat(body.get("tenant").asText()).isEqualTo("acme");
        assertThat(body.toString()).contains(text);
        assertThat(inAcme(() -> jdbc.queryForObject("select count(*) from notification_delivery where "
                + "record_id = ? and channel = ?", Long.class, record, WEBHOOK))).as("one delivery per channel")
                .isEqualTo(1);
    }

    private Map<String, Object> configuration() {
        return Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "secret", SECRET,
                "format", "generic", "timeoutSeconds", 5);
    }

    private static String signature(String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private <T> T await(Supplier<T> found) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No webhook delivery sent; received " + received.size() + " calls");
            }
            Thread.sleep(100);
        }
    }

    private <T> T asAdmin(Supplier<T> work) {
        return as("admin@acme.test", Role.TENANT_ADMIN, work);
    }

    private <T> T as(String email, Role role, Supplier<T> work) {
        UUID person = inAcme(() -> jdbc.queryForObject("select id from person where email = ?", UUID.class, email));
        try (var ignored = TenantContext.open(new TenantMember(acme, "ACME Legal", person, email, email,
                Set.of(role)))) {
            return work.get();
        }
    }

    private <T> T inAcme(Supplier<T> work) {
        return TenantContext.call(acme, () -> transactions.execute(s -> work.get()));
    }
}
