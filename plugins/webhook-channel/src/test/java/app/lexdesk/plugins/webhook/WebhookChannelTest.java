package app.lexdesk.plugins.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.plugin.api.ChannelNotification;
import app.lexdesk.plugin.api.DeliveryResult;
import app.lexdesk.plugin.api.DeliveryResult.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plugin against a real HTTP server on loopback, checked the way a receiver would check it. */
class WebhookChannelTest {

    static final String SECRET = "s3cret-shared-with-the-receiver";
    static final ObjectMapper JSON = new ObjectMapper();

    final WebhookChannel channel = new WebhookChannel();
    final Receiver receiver;
    final ChannelNotification notification = new ChannelNotification("acme", "ACME Legal", "d-7f3a",
            "status-changed", "REQ-2026-000042", "REQ-2026-000042 is now \"In progress\"",
            "Status: In progress\nAssignee: Louis Durand",
            "https://lexdesk.example.com/t/acme/app/records/REQ-2026-000042", "en",
            Instant.parse("2026-03-02T09:15:00Z"));

    WebhookChannelTest() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void the_receiver_verifies_the_signature_with_the_shared_secret() throws Exception {
        long before = Instant.now().getEpochSecond();
        DeliveryResult result = channel.deliver(notification, configuration("generic"));
        assertThat(result).isEqualTo(DeliveryResult.delivered("HTTP 204"));

        Receiver.Received got = receiver.next();
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.path()).isEqualTo("/hooks/lexdesk");
        assertThat(got.headers().getFirst("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(got.headers().getFirst("X-Lexdesk-Delivery")).isEqualTo("d-7f3a");
        assertThat(got.headers().getFirst("X-Lexdesk-Event")).isEqualTo("status-changed");
        String timestamp = got.headers().getFirst("X-Lexdesk-Timestamp");
        assertThat(Long.parseLong(timestamp)).isBetween(before, Instant.now().getEpochSecond());
        assertThat(verifies(SECRET, timestamp, got.body(), got.headers().getFirst("X-Lexdesk-Signature"))).isTrue();
        assertThat(verifies("another-secret-of-some-length", timestamp, got.body(),
                got.headers().getFirst("X-Lexdesk-Signature"))).as("another secret").isFalse();
        assertThat(verifies(SECRET, String.valueOf(Long.parseLong(timestamp) - 600), got.body(),
                got.headers().getFirst("X-Lexdesk-Signature"))).as("a replay with an older timestamp").isFalse();
        byte[] tampered = got.text().replace("In progress", "Closed").getBytes(StandardCharsets.UTF_8);
        assertThat(verifies(SECRET, timestamp, tampered, got.headers().getFirst("X-Lexdesk-Signature")))
                .as("a changed body").isFalse();
    }

    @Test
    void the_generic_body_carries_every_field_of_the_notification() throws Exception {
        channel.deliver(notification, configuration("generic"));
        JsonNode body = JSON.readTree(receiver.next().body());
        assertThat(body.get("tenant").asText()).isEqualTo("acme");
        assertThat(body.get("tenantName").asText()).isEqualTo("ACME Legal");
        assertThat(body.get("event").asText()).isEqualTo("status-changed");
        assertThat(body.get("deliveryId").asText()).isEqualTo("d-7f3a");
        assertThat(body.get("reference").asText()).isEqualTo("REQ-2026-000042");
        assertThat(body.get("subject").asText()).isEqualTo("REQ-2026-000042 is now \"In progress\"");
        assertThat(body.get("text").asText()).isEqualTo("Status: In progress\nAssignee: Louis Durand");
        assertThat(body.get("link").asText()).isEqualTo(notification.link());
        assertThat(body.get("occurredAt").asText()).isEqualTo("2026-03-02T09:15:00Z");
        assertThat(body.get("language").asText()).isEqualTo("en");
    }

    @Test
    void a_500_from_the_receiver_is_retried_with_the_same_delivery_id() throws Exception {
        receiver.answers(500, "database down");
        DeliveryResult first = channel.deliver(notification, configuration("generic"));
        assertThat(first.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(first.detail()).isEqualTo("HTTP 500: database down");
        receiver.answers(200, "ok");
        assertThat(channel.deliver(notification, configuration("generic")))
                .isEqualTo(DeliveryResult.delivered("HTTP 200"));
        assertThat(receiver.next().headers().getFirst("X-Lexdesk-Delivery"))
                .isEqualTo(receiver.next().headers().getFirst("X-Lexdesk-Delivery")).isEqualTo("d-7f3a");
    }

    @Test
    void throttling_and_timeouts_of_the_receiver_are_retried_and_say_when() {
        receiver.answers(429, "").retryAfter("30");
        assertThat(channel.deliver(notification, configuration("generic")))
                .isEqualTo(DeliveryResult.retry("HTTP 429 (Retry-After: 30)"));
        receiver.answers(408, "");
        assertThat(channel.deliver(notification, configuration("generic")).outcome()).isEqualTo(Outcome.RETRY);
        receiver.answers(503, "");
        assertThat(channel.deliver(notification, configuration("generic")).outcome()).isEqualTo(Outcome.RETRY);
    }

    @Test
    void a_400_is_final_and_names_what_the_receiver_said() {
        receiver.answers(400, "invalid_payload\n");
        DeliveryResult result = channel.deliver(notification, configuration("slack"));
        assertThat(result).isEqualTo(DeliveryResult.failed("HTTP 400: invalid_payload"));
        receiver.answers(404, "x".repeat(100_000));
        DeliveryResult long404 = channel.deliver(notification, configuration("generic"));
        assertThat(long404.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(long404.detail()).startsWith("HTTP 404: xxx").hasSizeLessThan(220);
    }

    @Test
    void a_redirect_is_not_followed_and_is_final() throws Exception {
        try (Receiver elsewhere = new Receiver()) {
            receiver.answers(307, "").redirectsTo(elsewhere.url("/stolen"));
            DeliveryResult result = channel.deliver(notification, configuration("generic"));
            assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(result.detail()).startsWith("HTTP 307").contains("redirects are not followed");
            Thread.sleep(200);
            assertThat(elsewhere.count()).isZero();
        }
    }

    @Test
    void a_receiver_slower_than_the_timeout_is_retried_and_the_call_ends_in_time() {
        receiver.waits(Duration.ofSeconds(5));
        Map<String, Object> configuration = configuration("generic");
        configuration.put("timeoutSeconds", 1);
        long start = System.nanoTime();
        DeliveryResult result = channel.deliver(notification, configuration);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(result).isEqualTo(DeliveryResult.retry("Timed out after 1 s waiting for 127.0.0.1."));
    }

    @Test
    void a_refused_connection_is_retried() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Map<String, Object> configuration = configuration("generic");
        configuration.put("url", "http://127.0.0.1:" + closed + "/hooks");
        DeliveryResult result = channel.deliver(notification, configuration);
        assertThat(result).isEqualTo(DeliveryResult.retry(
                "Could not connect to 127.0.0.1 (connection refused or unreachable)."));
    }

    @Test
    void no_detail_ever_shows_the_secret_or_the_path_of_the_address() {
        Map<String, Object> configuration = configuration("generic");
        configuration.put("url", receiver.url("/services/T0KEN-IN-PATH"));
        for (int status : new int[] {204, 400, 500}) {
            receiver.answers(status, "");
            assertThat(channel.deliver(notification, configuration).detail()).doesNotContain(SECRET)
                    .doesNotContain("T0KEN");
        }
        receiver.waits(Duration.ofSeconds(3));
        configuration.put("timeoutSeconds", 1);
        assertThat(channel.deliver(notification, configuration).detail()).doesNotContain("T0KEN");
    }

    @Test
    void an_unusable_configuration_fails_without_a_request() {
        DeliveryResult result = channel.deliver(notification, Map.of("url", receiver.url("/x"), "secret", "short"));
        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.detail()).isEqualTo("The webhook configuration is not usable: The secret is too short: use "
                + "at least 16 characters (it has 5).");
        assertThat(receiver.count()).isZero();
    }

    @Test
    void teams_gets_an_adaptive_card_in_a_message() throws Exception {
        ChannelNotification french = new ChannelNotification("acme", "ACME Legal", "d-1", "status-changed",
                "REQ-2026-000042", "REQ-2026-000042 est « En cours »", "Statut : En cours", notification.link(), "fr",
                notification.occurredAt());
        assertThat(channel.deliver(french, configuration("teams")).outcome()).isEqualTo(Outcome.DELIVERED);
        Receiver.Received got = receiver.next();
        assertThat(verifies(SECRET, got.headers().getFirst("X-Lexdesk-Timestamp"), got.body(),
                got.headers().getFirst("X-Lexdesk-Signature"))).isTrue();
        JsonNode body = JSON.readTree(got.body());
        assertThat(body.get("type").asText()).isEqualTo("message");
        JsonNode attachment = body.get("attachments").get(0);
        assertThat(attachment.get("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode card = attachment.get("content");
        assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.get("version").asText()).isEqualTo("1.2");
        assertThat(card.get("body").get(0).get("text").asText()).isEqualTo("REQ-2026-000042 est « En cours »");
        assertThat(card.get("body").get(1).get("text").asText()).isEqualTo("Statut : En cours");
        JsonNode facts = card.get("body").get(2).get("facts");
        assertThat(facts.get(0).get("title").asText()).isEqualTo("Référence");
        assertThat(facts.get(0).get("value").asText()).isEqualTo("REQ-2026-000042");
        assertThat(facts.get(1).get("value").asText()).isEqualTo("ACME Legal");
        JsonNode open = card.get("actions").get(0);
        assertThat(open.get("type").asText()).isEqualTo("Action.OpenUrl");
        assertThat(open.get("title").asText()).isEqualTo("Ouvrir dans Lexdesk");
        assertThat(open.get("url").asText()).isEqualTo(notification.link());
    }

    @Test
    void slack_gets_text_and_blocks_with_its_markup_escaped() throws Exception {
        ChannelNotification loud = new ChannelNotification("acme", "ACME & Co <Legal>", "d-2", "request-submitted",
                "REQ-2026-000043", "<!channel> Fees & costs > budget", "Call <@U123> now", notification.link(), "en",
                notification.occurredAt());
        assertThat(channel.deliver(loud, configuration("slack")).outcome()).isEqualTo(Outcome.DELIVERED);
        JsonNode body = JSON.readTree(receiver.next().body());
        assertThat(body.get("text").asText())
                .isEqualTo("&lt;!channel&gt; Fees &amp; costs &gt; budget (REQ-2026-000043)");
        JsonNode blocks = body.get("blocks");
        assertThat(blocks.get(0).get("type").asText()).isEqualTo("section");
        assertThat(blocks.get(0).get("text").get("type").asText()).isEqualTo("mrkdwn");
        assertThat(blocks.get(0).get("text").get("text").asText())
                .isEqualTo("*&lt;!channel&gt; Fees &amp; costs &gt; budget*");
        assertThat(blocks.get(1).get("text").get("text").asText()).isEqualTo("Call &lt;@U123&gt; now");
        assertThat(blocks.get(2).get("type").asText()).isEqualTo("context");
        assertThat(blocks.get(2).get("elements").get(0).get("text").asText()).isEqualTo(
                "<" + notification.link() + "|REQ-2026-000043> · ACME &amp; Co &lt;Legal&gt;");
    }

    @Test
    void without_a_subject_teams_and_slack_head_the_message_with_the_event_and_leave_out_what_is_missing()
            throws Exception {
        ChannelNotification bare = new ChannelNotification("acme", "ACME Legal", "d-3", "answer-late", null, "", "",
                null, "en", notification.occurredAt());
        JsonNode card = JSON.readTree(Payloads.teams(bare)).get("attachments").get(0).get("content");
        assertThat(card.get("body").get(0).get("text").asText()).isEqualTo("answer-late");
        assertThat(card.get("body").get(1).get("type").asText()).as("no empty text block").isEqualTo("FactSet");
        assertThat(card.has("actions")).as("no link, no button").isFalse();
        JsonNode slack = JSON.readTree(Payloads.slack(bare));
        assertThat(slack.get("text").asText()).isEqualTo("answer-late");
        assertThat(slack.get("blocks")).hasSize(2);
        assertThat(slack.get("blocks").get(1).get("elements").get(0).get("text").asText()).isEqualTo("ACME Legal");
        JsonNode generic = JSON.readTree(Payloads.generic(bare));
        assertThat(generic.get("reference").isNull()).isTrue();
        assertThat(generic.get("link").isNull()).isTrue();
    }

    @Test
    void slack_sections_stay_within_slacks_limit() {
        String escaped = Payloads.slackText("&".repeat(1000), Payloads.SLACK_SECTION_LIMIT);
        assertThat(escaped).hasSizeLessThanOrEqualTo(Payloads.SLACK_SECTION_LIMIT).endsWith("&amp;…");
        assertThat(Payloads.slackText("😀".repeat(2000), 11)).isEqualTo("😀😀😀😀😀…");
        assertThat(Payloads.slackText("short", 3000)).isEqualTo("short");
    }

    /** How a receiver checks a request, written from the documented header format only. */
    static boolean verifies(String secret, String timestamp, byte[] body, String header) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }

    private Map<String, Object> configuration(String format) {
        return new HashMap<>(Map.of("url", receiver.url("/hooks/lexdesk"), "secret", SECRET, "format", format));
    }
}
