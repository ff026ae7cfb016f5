package app.lexdesk.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.MailServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The invitation settings and staff invitations over REST: administrators read and switch "staff may invite"
 * ({@code /api/v1/invitation-settings}); a lawyer's invitation is 403 while it is off and 201 (mailed by Keycloak)
 * once it is on; a lawyer may not withdraw an administrator's invitation; bad settings are problems naming the field;
 * one tenant's setting is not another's. Both tenants' settings are put back off after each test.
 */
@CoreIntegrationTest
class StaffInvitationsApiIT {

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);

    @AfterEach
    void settingsBackOff() {
        for (String admin : new String[] {"admin@acme.test", "admin@globex.test"}) {
            HttpResponse<String> off = api.put("/api/v1/invitation-settings", token(admin),
                    "{\"staffMayInvite\":false}");
            assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        }
    }

    @Test
    void administrators_read_and_switch_the_setting_and_it_is_off_until_they_do() {
        String admin = token("admin@acme.test");
        HttpResponse<String> initial = api.get("/api/v1/invitation-settings", admin);
        assertThat(initial.statusCode()).as(initial.body()).isEqualTo(200);
        assertThat(ApiClient.json(initial.body()).get("staffMayInvite").asBoolean()).isFalse();

        HttpResponse<String> on = api.put("/api/v1/invitation-settings", admin, "{\"staffMayInvite\":true}");

        assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
        assertThat(ApiClient.json(on.body()).get("staffMayInvite").asBoolean()).isTrue();
        assertThat(ApiClient.json(api.get("/api/v1/invitation-settings", admin).body()).get("staffMayInvite")
                .asBoolean()).isTrue();
        assertThat(ApiClient.json(api.get("/api/v1/invitation-settings", token("admin@globex.test")).body())
                .get("staffMayInvite").asBoolean()).as("acme's setting is not globex's").isFalse();
    }

    @Test
    void staff_and_requesters_neither_read_nor_change_the_setting() {
        for (String who : new String[] {"lawyer@acme.test", "contracts@acme.test", "requester@client.test"}) {
            String token = token(who);
            assertProblem(api.get("/api/v1/invitation-settings", token), 403);
            assertProblem(api.put("/api/v1/invitation-settings", token, "{\"staffMayInvite\":true}"), 403);
        }
        assertThat(ApiClient.json(api.get("/api/v1/invitation-settings", token("admin@acme.test")).body())
                .get("staffMayInvite").asBoolean()).isFalse();
    }

    @Test
    void bad_settings_are_problems_naming_the_field_and_change_nothing() {
        String admin = token("admin@acme.test");
        assertField(api.put("/api/v1/invitation-settings", admin, "{}"), "staffMayInvite");
        assertField(api.put("/api/v1/invitation-settings", admin, "{\"staffMayInvite\":null}"), "staffMayInvite");
        assertThat(api.put("/api/v1/invitation-settings", admin, "{\"staffMayInvite\":\"perhaps\"}").statusCode())
                .isEqualTo(400);
        assertField(api.put("/api/v1/invitation-settings", admin, "{\"staffMayInvite\":true,\"everyone\":true}"),
                "everyone");
        assertThat(api.put("/api/v1/invitation-settings", admin, "not json").statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(api.get("/api/v1/invitation-settings", admin).body()).get("staffMayInvite")
                .asBoolean()).isFalse();
    }

    @Test
    void a_lawyers_invitation_is_403_while_the_setting_is_off_and_201_once_it_is_on() {
        String admin = token("admin@acme.test");
        String lawyer = token("lawyer@acme.test");
        String clientCo = companyId(admin, "Client Co");
        String refusedEmail = InvitationsIT.unique("otto");
        assertProblem(invite(lawyer, refusedEmail, clientCo), 403);
        assertProblem(api.get("/api/v1/invitations", lawyer), 403);
        assertThat(ApiClient.json(api.get("/api/v1/invitations", admin).body()).findValuesAsText("email"))
                .doesNotContain(refusedEmail);

        api.put("/api/v1/invitation-settings", admin, "{\"staffMayInvite\":true}");
        String email = InvitationsIT.unique("olga");
        HttpResponse<String> created = invite(lawyer, email, clientCo);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode invitation = ApiClient.json(created.body());
        assertThat(invitation.get("mayChange").asBoolean()).isTrue();
        assertThat(invitation.get("invitedBy").asText()).isEqualTo(ApiClient.json(api.get("/api/v1/me", lawyer)
                .body()).get("personId").asText());
        assertThat(MailServer.firstLink(services.mail().await(email, "Invitation to join the ACME Legal", 0,
                StaffInvitationsIT.MAIL))).isNotBlank();
        assertThat(ApiClient.json(api.get("/api/v1/invitations", lawyer).body()).findValuesAsText("email"))
                .contains(email);
        assertProblem(api.call("DELETE", "/api/v1/invitations/" + invitation.get("id").asText(), token(
                "requester@client.test"), null), 403);
        assertThat(api.call("DELETE", "/api/v1/invitations/" + invitation.get("id").asText(), lawyer, null)
                .statusCode()).as("their own").isEqualTo(204);
    }

    @Test
    void a_lawyer_may_not_withdraw_an_administrators_invitation_nor_touch_another_tenants() {
        String admin = token("admin@acme.test");
        String lawyer = token("lawyer@acme.test");
        api.put("/api/v1/invitation-settings", admin, "{\"staffMayInvite\":true}");
        HttpResponse<String> byAdmin = invite(admin, InvitationsIT.unique("ada"), companyId(admin, "Client Co"));
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(201);
        String id = ApiClient.json(byAdmin.body()).get("id").asText();
        assertThat(ApiClient.json(api.get("/api/v1/invitations/" + id, lawyer).body()).get("mayChange").asBoolean())
                .isFalse();

        assertProblem(api.call("DELETE", "/api/v1/invitations/" + id, lawyer, null), 403);
        assertProblem(api.post("/api/v1/invitations/" + id + "/resend", lawyer, "", null), 403);
        String globexAdmin = token("admin@globex.test");
        api.put("/api/v1/invitation-settings", globexAdmin, "{\"staffMayInvite\":true}");
        String globexLawyer = token("lawyer@globex.test");
        assertProblem(api.get("/api/v1/invitations/" + id, globexLawyer), 404);
        assertProblem(api.call("DELETE", "/api/v1/invitations/" + id, globexLawyer, null), 404);

        JsonNode untouched = ApiClient.json(api.get("/api/v1/invitations/" + id, admin).body());
        assertThat(untouched.get("status").asText()).isEqualTo("INVITED");
        assertThat(untouched.get("mayChange").asBoolean()).isTrue();
    }

    private HttpResponse<String> invite(String token, String email, String companyId) {
        return api.post("/api/v1/invitations", token, ApiClient.toJson(Map.of("email", email, "firstName", "Sam",
                "lastName", "Staffsent", "companyId", companyId)), null);
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(ApiClient.json(response.body()).get("status").asInt()).isEqualTo(status);
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertProblem(response, 400);
        assertThat(ApiClient.json(response.body()).get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private String companyId(String token, String name) {
        return ApiClient.json(api.get("/api/v1/companies?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                token).body()).get("items").get(0).get("id").asText();
    }

    private String token(String email) {
        return api.token(email, "openid organization");
    }
}
