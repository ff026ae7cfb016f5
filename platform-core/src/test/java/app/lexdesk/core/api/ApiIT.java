package app.lexdesk.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;

@CoreIntegrationTest
class ApiIT {

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);

    @Test
    void a_staff_token_reaches_its_own_tenant_with_lexdesk_roles() {
        HttpResponse<String> me = api.get("/api/v1/me", api.token("lawyer@acme.test", "openid organization"));
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = ApiClient.json(me.body());
        assertThat(body.get("tenant").asText()).isEqualTo("acme");
        assertThat(body.get("roles").toString()).isEqualTo("[\"legal-staff\"]");
        assertThat(body.get("email").asText()).isEqualTo("lawyer@acme.test");
    }

    @Test
    void no_token_is_401_with_a_problem_body() {
        HttpResponse<String> response = api.get("/api/v1/me", null);
        assertProblem(response, 401, "not-authenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void a_forged_token_is_401() {
        String token = api.token("requester@client.test", "openid organization");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("requester@client.test", "lawyer@acme.test");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        assertProblem(api.get("/api/v1/me", forged), 401, "not-authenticated");
        assertProblem(api.get("/api/v1/me", "not-a-jwt"), 401, "not-authenticated");
    }

    @Test
    void an_expired_token_is_401() throws Exception {
        String token = api.token(services.tenantIssuer(), services.expiringPasswordGrantClientId(), "lawyer@acme.test",
                "openid organization");
        Thread.sleep(2100);
        assertProblem(api.get("/api/v1/me", token), 401, "not-authenticated");
    }

    @Test
    void a_token_of_the_operators_realm_is_401() {
        // Operators' realm has no password-grant client; any token not from the tenants' issuer fails alike.
        String token = api.token("lawyer@acme.test", "openid organization");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("/realms/lexdesk", "/realms/platform");
        String otherIssuer = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        assertProblem(api.get("/api/v1/me", otherIssuer), 401, "not-authenticated");
    }

    @Test
    void another_tenants_record_is_404_never_200_or_403() {
        String acmeLawyer = api.token("lawyer@acme.test", "openid organization");
        String globexLawyer = api.token("lawyer@globex.test", "openid organization");
        String acmePersonId = ApiClient.json(api.get("/api/v1/me", acmeLawyer).body()).get("personId").asText();

        assertThat(api.get("/api/v1/people/" + acmePersonId, acmeLawyer).statusCode()).isEqualTo(200);
        HttpResponse<String> crossTenant = api.get("/api/v1/people/" + acmePersonId, globexLawyer);
        assertThat(crossTenant.statusCode()).isEqualTo(404);
        assertThat(crossTenant.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(crossTenant.body()).doesNotContain("Durand");
    }

    @Test
    void portal_users_cannot_read_people() {
        String requester = api.token("requester@client.test", "openid organization");
        String personId = ApiClient.json(api.get("/api/v1/me", requester).body()).get("personId").asText();
        assertThat(api.get("/api/v1/people/" + personId, requester).statusCode()).isEqualTo(403);
    }

    @Test
    void openapi_describes_the_api() {
        HttpResponse<String> spec = api.get("/api/v1/openapi", null);
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/v1/me").contains("/api/v1/people/{id}");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(ApiClient.json(response.body()).get("type").asText()).endsWith("/" + type);
    }
}
