package app.lexdesk.core.onboarding;

import static app.lexdesk.core.onboarding.StaffInvitationsApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A company's self-signup domains over REST ({@code /api/v1/companies/{companyId}/signup-domains}), for
 * administrators: listed, added (and added to the tenant's Keycloak organization) and removed; a domain that is not
 * one is 400 naming {@code domain}, a taken one 409; another tenant's company is 404 whatever the method, and staff
 * are refused. Each test uses a domain of its own.
 */
@CoreIntegrationTest
class SignupDomainsApiIT {

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);

    @Test
    void an_administrator_adds_lists_and_removes_a_companys_domain() {
        String admin = token("admin@acme.test");
        String company = company(admin, "Domain Co " + UUID.randomUUID());
        String domain = domain();

        HttpResponse<String> added = api.post(path(company), admin, "{\"domain\":\"@" + domain.toUpperCase() + "\"}",
                null);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode summary = ApiClient.json(added.body());
        assertThat(summary.get("domain").asText()).isEqualTo(domain);
        assertThat(summary.get("companyId").asText()).isEqualTo(company);
        assertThat(added.headers().firstValue("Location")).hasValue(path(company) + "/" + domain);
        JsonNode listed = ApiClient.json(api.get(path(company), admin).body());
        assertThat(listed.findValuesAsText("domain")).containsExactly(domain);
        assertProblem(api.post(path(company), admin, "{\"domain\":\"" + domain + "\"}", null), 409);
        assertThat(ApiClient.json(api.post(path(company), admin, "{\"domain\":\"" + domain + "\"}", null).body())
                .get("errors").get(0).get("field").asText()).isEqualTo("domain");

        HttpResponse<String> removed = api.call("DELETE", path(company) + "/" + domain, admin, null);

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertThat(ApiClient.json(api.get(path(company), admin).body()).size()).isZero();
        assertProblem(api.call("DELETE", path(company) + "/" + domain, admin, null), 404);
    }

    @Test
    void a_domain_that_is_not_one_is_a_problem_naming_the_field_and_nothing_is_stored() {
        String admin = token("admin@acme.test");
        String company = company(admin, "Bad Domain Co " + UUID.randomUUID());
        for (String bad : new String[] {"not a domain", "", "localhost", "-dash.test", "a..b.test"}) {
            HttpResponse<String> refused = api.post(path(company), admin, ApiClient.toJson(Map.of(
                    "domain", bad)), null);
            assertProblem(refused, 400);
            JsonNode error = ApiClient.json(refused.body()).get("errors").get(0);
            assertThat(error.get("field").asText()).as(bad).isEqualTo("domain");
        }
        assertProblem(api.post(path(company), admin, "{}", null), 400);
        assertProblem(api.post(path(company), admin, "{\"domain\":\"x.test\",\"companyId\":\"x\"}", null), 400);
        assertProblem(api.call("DELETE", path(company) + "/not%20a%20domain", admin, null), 400);
        assertThat(ApiClient.json(api.get(path(company), admin).body()).size()).isZero();
    }

    @Test
    void another_tenants_company_is_not_found_and_its_domains_stay_as_they_are() {
        String globexAdmin = token("admin@globex.test");
        String globexCompany = company(globexAdmin, "Globex Domain Co " + UUID.randomUUID());
        String domain = domain();
        assertThat(api.post(path(globexCompany), globexAdmin, "{\"domain\":\"" + domain + "\"}", null).statusCode())
                .isEqualTo(201);
        String acmeAdmin = token("admin@acme.test");

        assertProblem(api.get(path(globexCompany), acmeAdmin), 404);
        assertProblem(api.post(path(globexCompany), acmeAdmin, "{\"domain\":\"other-" + domain + "\"}", null), 404);
        assertProblem(api.call("DELETE", path(globexCompany) + "/" + domain, acmeAdmin, null), 404);
        assertProblem(api.get(path(UUID.randomUUID().toString()), acmeAdmin), 404);

        assertThat(ApiClient.json(api.get(path(globexCompany), globexAdmin).body()).findValuesAsText("domain"))
                .containsExactly(domain);
        assertThat(api.call("DELETE", path(globexCompany) + "/" + domain, globexAdmin, null).statusCode())
                .isEqualTo(204);
    }

    @Test
    void staff_and_requesters_are_refused() {
        String admin = token("admin@acme.test");
        String company = company(admin, "Refused Domain Co " + UUID.randomUUID());
        String domain = domain();
        for (String who : new String[] {"lawyer@acme.test", "requester@client.test"}) {
            String token = token(who);
            assertProblem(api.get(path(company), token), 403);
            assertProblem(api.post(path(company), token, "{\"domain\":\"" + domain + "\"}", null), 403);
            assertProblem(api.call("DELETE", path(company) + "/" + domain, token, null), 403);
        }
        assertThat(ApiClient.json(api.get(path(company), admin).body()).size()).isZero();
    }

    /** A company of its own, made by inviting someone of it (the API has no other way to create one). */
    private String company(String admin, String name) {
        HttpResponse<String> invited = api.post("/api/v1/invitations", admin, ApiClient.toJson(Map.of(
                "email", InvitationsIT.unique("domains"), "firstName", "Dom", "lastName", "Ain", "companyName",
                name)), null);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        return ApiClient.json(invited.body()).get("companyId").asText();
    }

    private static String path(String company) {
        return "/api/v1/companies/" + URLEncoder.encode(company, StandardCharsets.UTF_8) + "/signup-domains";
    }

    private static String domain() {
        return "api-signup-" + Long.toString(System.nanoTime(), 36) + ".test";
    }

    private String token(String email) {
        return api.token(email, "openid organization");
    }
}
