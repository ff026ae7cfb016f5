package app.lexdesk.core.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.core.testing.EventListeners;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.MailServer;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The notifications API over HTTP with real tokens: rules for administrators only (problem+json naming the field,
 * If-Match versions, 404 across tenants), "who would be notified?", the delivery log and its retry, one's own
 * preference, and the unsubscribe link of a delivered email (a GET asks, a POST switches off; a forged token is 404).
 */
@CoreIntegrationTest
class NotificationApiIT {

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    @Autowired JdbcTemplate jdbc;
    String admin;
    String lawyer;
    String requester;
    String globexAdmin;
    String created;

    @BeforeEach
    void tokens() {
        admin = api.token("admin@acme.test", "openid organization");
        lawyer = api.token("lawyer@acme.test", "openid organization");
        requester = api.token("requester@client.test", "openid organization");
        globexAdmin = api.token("admin@globex.test", "openid organization");
        api.put("/api/v1/me/notification-preferences", requester, "{\"mode\":\"IMMEDIATE\",\"language\":null}");
    }

    @AfterEach
    void removeRule() {
        if (created != null) {
            api.call("DELETE", "/api/v1/notification-rules/" + created, admin, null);
        }
        api.put("/api/v1/me/notification-preferences", requester, "{\"mode\":\"IMMEDIATE\",\"language\":null}");
    }

    @Test
    void administrators_manage_rules_with_versions_and_field_level_problems_and_others_cannot() {
        JsonNode rules = ApiClient.json(api.get("/api/v1/notification-rules", admin).body());
        assertThat(rules.findValuesAsText("event")).as("the defaults").contains("request-submitted",
                "status-changed", "shared-note-added", "file-shared", "requester-replied");

        HttpResponse<String> bad = api.post("/api/v1/notification-rules", admin, ApiClient.toJson(Map.of(
                "event", "internal-note-added", "recipients", List.of(Map.of("kind", "REQUESTER", "value", "")),
                "enabled", true)), null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v).startsWith("application/problem+json"));
        assertThat(ApiClient.json(bad.body()).at("/errors/0/field").asText()).isEqualTo("recipients");

        HttpResponse<String> made = api.post("/api/v1/notification-rules", admin, ApiClient.toJson(Map.of(
                "event", "internal-note-added", "name", "Team mailbox",
                "recipients", List.of(Map.of("kind", "ADDRESS", "value", "Team@Acme.test")),
                "channel", "email", "enabled", true)), null);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode rule = ApiClient.json(made.body());
        created = rule.get("id").asText();
        assertThat(rule.at("/recipients/0/value").asText()).isEqualTo("team@acme.test");
        assertThat(made.headers().firstValue("ETag")).contains("\"0\"");

        String change = ApiClient.toJson(Map.of("event", "internal-note-added", "name", "Team mailbox (renamed)",
                "recipients", List.of(Map.of("kind", "ADDRESS", "value", "team@acme.test")), "enabled", false));
        assertThat(send("PUT", "/api/v1/notification-rules/" + created, admin, null, change).statusCode())
                .as("If-Match required").isEqualTo(428);
        assertThat(send("PUT", "/api/v1/notification-rules/" + created, admin, "\"0\"", change).statusCode())
                .isEqualTo(200);
        assertThat(send("PUT", "/api/v1/notification-rules/" + created, admin, "\"0\"", change).statusCode())
                .as("a stale version").isEqualTo(409);

        assertThat(api.get("/api/v1/notification-rules", lawyer).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/notification-rules", requester).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/notification-rules/" + created, globexAdmin).statusCode())
                .as("another tenant's rule is not found").isEqualTo(404);
        assertThat(api.call("DELETE", "/api/v1/notification-rules/" + created, globexAdmin, null).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/notification-rules/" + created, admin).statusCode()).isEqualTo(200);
    }

    @Test
    void a_delivered_email_carries_a_link_to_unsubscribe_which_asks_first_and_a_forged_one_is_refused()
            throws Exception {
        MailServer mail = services.mail();
        HttpResponse<String> submitted = api.post("/api/v1/requests", requester, ApiClient.toJson(Map.of(
                "type", "other-legal-question", "subject", "Unsubscribe " + UUID.randomUUID())), null);
        assertThat(submitted.statusCode()).isEqualTo(201);
        String reference = ApiClient.json(submitted.body()).get("reference").asText();
        String matter = ApiClient.json(api.get("/api/v1/requests/" + reference, lawyer).body()).get("record").asText();
        assertThat(api.post("/api/v1/matters/" + matter + "/notes", lawyer, ApiClient.toJson(Map.of("text",
                "We are on it.", "visibility", "SHARED")), null).statusCode()).isEqualTo(201);
        MimeMessage note = mail.await("requester@client.test", "New message on your request " + reference, 0,
                Duration.ofSeconds(30));
        String header = note.getHeader("List-Unsubscribe")[0];
        String link = header.substring(1, header.length() - 1);
        assertThat(note.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"");
        assertThat(mode()).as("a GET changes nothing").isEqualTo("IMMEDIATE");

        String forged = link.substring(0, link.length() - 2) + (link.endsWith("A") ? "BB" : "AA");
        assertThat(post(forged).statusCode()).isEqualTo(404);
        assertThat(mode()).isEqualTo("IMMEDIATE");
        assertThat(post(link).statusCode()).isEqualTo(200);
        assertThat(mode()).isEqualTo("OFF");

        JsonNode log = ApiClient.json(api.get("/api/v1/notification-deliveries?status=SENT&size=100", admin).body());
        assertThat(log.get("total").asLong()).isPositive();
        String sentId = log.at("/items/0/id").asText();
        assertThat(api.post("/api/v1/notification-deliveries/" + sentId + "/retry", admin, "", null).statusCode())
                .as("a sent delivery is not retried").isEqualTo(409);
        assertThat(api.post("/api/v1/notification-deliveries/" + sentId + "/retry", globexAdmin, "", null)
                .statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/notification-deliveries", lawyer).statusCode()).isEqualTo(403);

        JsonNode preview = ApiClient.json(api.post("/api/v1/notification-rules/preview", admin, ApiClient.toJson(
                Map.of("event", "shared-note-added", "recordReference", matter)), null).body());
        assertThat(preview.findValuesAsText("address")).contains("requester@client.test");
        assertThat(preview.findValuesAsText("skipped")).as("she switched off optional ones").contains("switched-off");
        EventListeners.awaitCompletion(jdbc);
    }

    @Test
    void each_person_sets_only_their_own_preference_and_a_bad_language_is_refused() {
        HttpResponse<String> bad = api.put("/api/v1/me/notification-preferences", requester,
                "{\"mode\":\"DIGEST\",\"language\":\"de\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(bad.body()).at("/errors/0/field").asText()).isEqualTo("language");
        assertThat(mode()).isEqualTo("IMMEDIATE");
        assertThat(api.put("/api/v1/me/notification-preferences", requester,
                "{\"mode\":\"DIGEST\",\"language\":\"fr\"}").statusCode()).isEqualTo(200);
        JsonNode mine = ApiClient.json(api.get("/api/v1/me/notification-preferences", requester).body());
        assertThat(mine.get("mode").asText()).isEqualTo("DIGEST");
        assertThat(mine.get("language").asText()).isEqualTo("fr");
        assertThat(ApiClient.json(api.get("/api/v1/me/notification-preferences", lawyer).body()).get("mode")
                .asText()).as("the lawyer's is their own").isNotEqualTo("DIGEST");
    }

    private String mode() {
        return ApiClient.json(api.get("/api/v1/me/notification-preferences", requester).body()).get("mode").asText();
    }

    private HttpResponse<String> post(String link) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(link)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String token, String ifMatch, String json) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(services.appUrl() + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
