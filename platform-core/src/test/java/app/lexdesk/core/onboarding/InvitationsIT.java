package app.lexdesk.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.LoginIdentity;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.TenantAccessService;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantSummary;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.core.testing.KeycloakPages;
import app.lexdesk.infra.DemoData;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.MailServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Administrators invite requesters over the API; Keycloak mails the link (through the dev SMTP server), the person
 * registers on Keycloak's real pages, verifies their address and is a portal user of the company at their first
 * call. A withdrawn invitation's link no longer works, and nothing in Lexdesk is left for it to lead to. Each test
 * invites addresses of its own.
 */
@CoreIntegrationTest
class InvitationsIT {

    static final Duration MAIL = Duration.ofSeconds(30);

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);
    @Autowired MembershipService memberships;
    @Autowired TenantAccessService access;
    @Autowired TenantDirectory directory;

    @Test
    void an_invited_requester_follows_the_emailed_link_sets_a_password_and_submits_as_one_of_client_co() {
        String admin = token("admin@acme.test");
        String email = unique("nina");
        HttpResponse<String> created = invite(admin, email, "Nina", "Neuville", companyId(admin, "Client Co"), null);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode invitation = ApiClient.json(created.body());
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/invitations/"
                + invitation.get("id").asText());
        assertThat(invitation.get("status").asText()).isEqualTo("INVITED");
        assertThat(invitation.get("companyName").asText()).isEqualTo("Client Co");
        assertThat(invitation.get("role").asText()).isEqualTo("portal-user");
        assertThat(invitation.get("linkSent").asBoolean()).isTrue();

        KeycloakPages browser = new KeycloakPages(services.keycloakUrl());
        String link = MailServer.firstLink(services.mail().await(email, "Invitation to join the ACME Legal", 0, MAIL));
        KeycloakPages.Page form = browser.open(link);
        assertThat(form.text()).contains("Create an account to join the ACME Legal organization");
        assertThat(form.input("email")).isEqualTo(email);
        KeycloakPages.Page verify = browser.submit(form, "kc-register-form", registration(email));
        assertThat(verify.text()).contains("You need to verify your email address");
        KeycloakPages.Page landed = browser.open(MailServer.firstLink(services.mail().await(email, "Verify email", 0,
                MAIL)));
        assertThat(landed.leftTo()).as(landed.text()).isNotNull();
        assertThat(landed.leftTo().toString()).startsWith(services.appUrl() + "/t/acme/portal");

        String person = token(email);
        JsonNode me = ApiClient.json(api.get("/api/v1/me", person).body());
        assertThat(me.get("tenant").asText()).isEqualTo("acme");
        assertThat(me.get("roles").toString()).isEqualTo("[\"portal-user\"]");
        assertThat(me.get("personId").asText()).isEqualTo(invitation.get("personId").asText());
        HttpResponse<String> submitted = api.post("/api/v1/requests", person, ApiClient.toJson(Map.of(
                "type", "other-legal-question", "subject", "My first request as an invited requester")), null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        HttpResponse<String> staff = api.get("/api/v1/requests/" + ApiClient.json(submitted.body())
                .get("reference").asText(), token("lawyer@acme.test"));
        JsonNode staffView = ApiClient.json(staff.body());
        assertThat(staffView.path("requester").asText()).as(staff.body()).isEqualTo("Nina Neuville");
        assertThat(staffView.path("company").asText()).as(staff.body()).isEqualTo("Client Co");
        JsonNode after = ApiClient.json(api.get("/api/v1/invitations/" + invitation.get("id").asText(), admin)
                .body());
        assertThat(after.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(api.call("DELETE", "/api/v1/invitations/" + invitation.get("id").asText(), admin, null)
                .statusCode()).as("taken up: deactivate instead").isEqualTo(409);
    }

    @Test
    void a_withdrawn_invitations_link_no_longer_works_and_would_lead_nowhere_in_lexdesk() {
        String admin = token("admin@acme.test");
        String email = unique("walter");
        JsonNode invitation = ApiClient.json(invite(admin, email, "Walter", "Withdrawn", null, "Withdrawn Co").body());
        String link = MailServer.firstLink(services.mail().await(email, "Invitation", 0, MAIL));

        HttpResponse<String> withdrawn = api.call("DELETE", "/api/v1/invitations/" + invitation.get("id").asText(),
                admin, null);

        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
        KeycloakPages.Page page = new KeycloakPages(services.keycloakUrl()).open(link);
        assertThat(page.text()).contains("The link you clicked is no longer valid");
        assertThat(page.input("password")).as("no registration form").isNull();
        assertThat(ApiClient.json(api.get("/api/v1/invitations", admin).body()).findValuesAsText("email"))
                .doesNotContain(email);
        assertThat(api.get("/api/v1/invitations/" + invitation.get("id").asText(), admin).statusCode())
                .isEqualTo(404);
        assertThat(inAcme(() -> memberships.exists(email, null))).as("the waiting membership is gone").isFalse();

        // Had Keycloak still let the person in (its deletion failed, or they were mid-way), Lexdesk has nothing left.
        services.addTenantUser(DemoData.ACME, new DemoData.User(email, "Walter", "Withdrawn", "portal-user", null));
        HttpResponse<String> me = api.get("/api/v1/me", token(email));
        assertThat(me.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(me.body()).get("type").asText()).endsWith("/no-tenant-access");
    }

    @Test
    void a_login_whose_email_is_not_verified_does_not_take_up_an_invitation_to_that_email() {
        String admin = token("admin@acme.test");
        String email = unique("forger");
        JsonNode invitation = ApiClient.json(invite(admin, email, "Fay", "Forger", companyId(admin, "Client Co"),
                null).body());
        // A member of the organization who claims the invited address, which Keycloak never verified.
        services.addTenantUser(DemoData.ACME, new DemoData.User(email, "Fay", "Forger", "portal-user", null), false);
        assertThatThrownBy(() -> token(email)).as("Keycloak asks them to verify it before any token")
                .hasMessageContaining("Account is not fully set up");
        LoginIdentity unverified = new LoginIdentity(services.tenantIssuer(), services.tenantUserId(email), email,
                false, "Fay Forger", Set.of("acme"));

        assertThat(access.resolve("acme", unverified)).isEmpty();
        assertThat(access.resolveSingleOrganization(unverified)).isEmpty();
        UUID person = UUID.fromString(invitation.get("personId").asText());
        assertThat(inAcme(() -> memberships.find(person)).orElseThrow().lastLoginAt())
                .as("the membership still waits for the invited person").isNull();
        assertThat(ApiClient.json(api.get("/api/v1/invitations/" + invitation.get("id").asText(), admin).body())
                .get("status").asText()).isEqualTo("INVITED");
        LoginIdentity otherOrganization = new LoginIdentity(services.tenantIssuer(), services.tenantUserId(email),
                email, true, "Fay Forger", Set.of("globex"));
        assertThat(access.resolve("acme", otherOrganization)).as("verified, but not in acme's organization")
                .isEmpty();
    }

    @Test
    void resending_mails_a_new_link_and_the_previous_one_stops_working() {
        String admin = token("admin@acme.test");
        String email = unique("rosa");
        JsonNode invitation = ApiClient.json(invite(admin, email, "Rosa", "Resent", companyId(admin, "Client Co"),
                null).body());
        String first = MailServer.firstLink(services.mail().await(email, "Invitation", 0, MAIL));

        HttpResponse<String> resent = api.post("/api/v1/invitations/" + invitation.get("id").asText() + "/resend",
                admin, "", null);

        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        assertThat(ApiClient.json(resent.body()).get("status").asText()).isEqualTo("INVITED");
        String second = MailServer.firstLink(services.mail().await(email, "Invitation", 1, MAIL));
        assertThat(second).isNotEqualTo(first);
        assertThat(new KeycloakPages(services.keycloakUrl()).open(first).text())
                .contains("The link you clicked is no longer valid");
        assertThat(new KeycloakPages(services.keycloakUrl()).open(second).input("email")).isEqualTo(email);
    }

    @Test
    void an_acme_administrator_neither_sees_nor_touches_globex_invitations_nor_invites_into_globex() {
        String globexAdmin = token("admin@globex.test");
        String email = unique("gina");
        HttpResponse<String> globex = invite(globexAdmin, email, "Gina", "Globex", companyId(globexAdmin, "Initech"),
                null);
        assertThat(globex.statusCode()).as(globex.body()).isEqualTo(201);
        String id = ApiClient.json(globex.body()).get("id").asText();
        String acmeAdmin = token("admin@acme.test");

        assertThat(api.get("/api/v1/invitations/" + id, acmeAdmin).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/invitations/" + id + "/resend", acmeAdmin, "", null).statusCode())
                .isEqualTo(404);
        assertThat(api.call("DELETE", "/api/v1/invitations/" + id, acmeAdmin, null).statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(api.get("/api/v1/invitations", acmeAdmin).body()).findValuesAsText("id"))
                .doesNotContain(id);
        HttpResponse<String> intoGlobex = invite(acmeAdmin, unique("ivan"), "Ivan", "Intruder",
                companyId(globexAdmin, "Initech"), null);
        assertThat(intoGlobex.statusCode()).as("a globex company is no company of acme").isEqualTo(400);
        assertThat(ApiClient.json(intoGlobex.body()).get("errors").get(0).get("field").asText())
                .isEqualTo("companyId");

        JsonNode untouched = ApiClient.json(api.get("/api/v1/invitations/" + id, globexAdmin).body());
        assertThat(untouched.get("status").asText()).isEqualTo("INVITED");
        assertThat(untouched.get("email").asText()).isEqualTo(email);
    }

    @Test
    void requesters_and_plain_staff_cannot_list_or_send_invitations_and_store_nothing() {
        String admin = token("admin@acme.test");
        String clientCo = companyId(admin, "Client Co");
        int before = ApiClient.json(api.get("/api/v1/invitations", admin).body()).size();
        for (String who : new String[] {"requester@client.test", "lawyer@acme.test", "contracts@acme.test"}) {
            String token = token(who);
            String email = unique("nobody");
            HttpResponse<String> refused = invite(token, email, "No", "Body", clientCo, null);
            assertThat(refused.statusCode()).as(who).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(api.get("/api/v1/invitations", token).statusCode()).as(who).isEqualTo(403);
        }
        assertThat(ApiClient.json(api.get("/api/v1/invitations", admin).body()).size()).isEqualTo(before);
    }

    @Test
    void bad_input_is_a_problem_naming_the_field_and_a_member_cannot_be_invited_again() {
        String admin = token("admin@acme.test");
        String clientCo = companyId(admin, "Client Co");
        assertField(invite(admin, "not an address", "A", "B", clientCo, null), 400, "email", "invalid-email");
        assertField(invite(admin, unique("x"), "", "B", clientCo, null), 400, "firstName", "required");
        assertField(invite(admin, unique("x"), "A", "B", null, null), 400, "companyId", "required");
        assertField(invite(admin, unique("x"), "A", "B", clientCo, "Both Co"), 400, "companyName", "conflicting");
        assertField(api.post("/api/v1/invitations", admin, "{\"email\":\"a@b.test\",\"role\":\"tenant-admin\"}",
                null), 400, "role", "unknown-property");
        assertField(invite(admin, "lawyer@acme.test", "Louis", "Durand", clientCo, null), 409, "email",
                "already-member");
        String email = unique("twice");
        assertThat(invite(admin, email, "Tim", "Twice", clientCo, null).statusCode()).isEqualTo(201);
        assertField(invite(admin, email, "Tim", "Twice", clientCo, null), 409, "email", "already-invited");
    }

    private void assertField(HttpResponse<String> response, int status, String field, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode error = ApiClient.json(response.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("code").asText()).isEqualTo(code);
    }

    private HttpResponse<String> invite(String token, String email, String firstName, String lastName,
            String companyId, String companyName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        if (companyId != null) {
            body.put("companyId", companyId);
        }
        if (companyName != null) {
            body.put("companyName", companyName);
        }
        return api.post("/api/v1/invitations", token, ApiClient.toJson(body), null);
    }

    static Map<String, String> registration(String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email", email);
        form.put("password", DemoData.PASSWORD);
        form.put("password-confirm", DemoData.PASSWORD);
        form.put("firstName", "Nina");
        form.put("lastName", "Neuville");
        return form;
    }

    private String companyId(String staffToken, String name) {
        JsonNode found = ApiClient.json(api.get("/api/v1/companies?q=" + URLEncoder.encode(name,
                StandardCharsets.UTF_8), staffToken).body());
        return found.get("items").get(0).get("id").asText();
    }

    private String token(String email) {
        return api.token(email, "openid organization");
    }

    static JsonNode claims(String token) {
        return ApiClient.json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8));
    }

    static String unique(String who) {
        return who + "-" + Long.toString(System.nanoTime(), 36) + "@newclient.test";
    }

    private <T> T inAcme(Supplier<T> work) {
        TenantSummary acme = directory.findBySlug("acme").orElseThrow();
        return TenantContext.callAsPlatformWork(new CurrentTenant(acme.id(), acme.slug()), work);
    }
}
