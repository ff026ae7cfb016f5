package app.lexdesk.core.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.OpenContract;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.OpenMatter;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Record work over REST: versions as ETag/If-Match, workflow moves, assignment, merge patches, tenants, roles. */
@CoreIntegrationTest
class RecordWorkApiIT {

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired MatterService matters;
    @Autowired ContractService contracts;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    CurrentTenant acme;
    String lawyer;

    @BeforeEach
    void setUp() {
        var t = directory.findBySlug("acme").orElseThrow();
        acme = new CurrentTenant(t.id(), t.slug());
        lawyer = api.token("lawyer@acme.test", "openid organization");
    }

    @Test
    void a_matter_is_read_with_its_version_as_etag_and_changed_only_by_naming_it() {
        String matter = matter("Patch over the API");
        HttpResponse<String> read = api.get("/api/v1/matters/" + matter, lawyer);
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"0\"");
        assertThat(json(read).get("transitions").get(0).get("code").asText()).isEqualTo("IN_REVIEW");

        HttpResponse<String> unnamed = send("PATCH", "/api/v1/matters/" + matter, lawyer, null,
                "{\"description\":\"Without a version\"}");
        assertThat(unnamed.statusCode()).as(unnamed.body()).isEqualTo(428);
        assertThat(unnamed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        HttpResponse<String> changed = send("PATCH", "/api/v1/matters/" + matter, lawyer, etag,
                "{\"description\":\"First\",\"priority\":\"URGENT\",\"dueDate\":\"2027-06-30\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(json(changed).get("priority").asText()).isEqualTo("URGENT");
        assertThat(json(changed).get("dueDate").asText()).isEqualTo("2027-06-30");

        HttpResponse<String> stale = send("PATCH", "/api/v1/matters/" + matter, lawyer, etag,
                "{\"description\":\"Second\"}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        assertThat(json(stale).get("changedBy").asText()).isEqualTo("Louis Durand");
        assertThat(json(stale).get("type").asText()).endsWith("/precondition-failed");

        HttpResponse<String> bad = send("PATCH", "/api/v1/matters/" + matter, lawyer, "\"1\"",
                "{\"description\":\"Third\",\"priority\":\"SOMEDAY\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("errors").get(0).get("field").asText()).isEqualTo("priority");
        assertThat(description(matter)).isEqualTo("First");
    }

    @Test
    void a_move_the_workflow_does_not_allow_is_a_conflict_and_an_allowed_one_moves_the_matter() {
        String matter = matter("Move over the API");
        HttpResponse<String> refused = send("POST", "/api/v1/matters/" + matter + "/transitions", lawyer, "\"0\"",
                "{\"status\":\"CLOSED\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(json(refused).get("type").asText()).endsWith("/transition-refused");
        assertThat(json(refused).get("allowed").get(0).asText()).isEqualTo("IN_REVIEW");

        HttpResponse<String> moved = send("POST", "/api/v1/matters/" + matter + "/transitions", lawyer, "\"0\"",
                "{\"status\":\"IN_REVIEW\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(moved).get("status").get("code").asText()).isEqualTo("IN_REVIEW");

        HttpResponse<String> stale = send("POST", "/api/v1/matters/" + matter + "/transitions", lawyer, "\"0\"",
                "{\"status\":\"IN_PROGRESS\"}");
        assertThat(stale.statusCode()).isEqualTo(412);
        HttpResponse<String> unknown = send("POST", "/api/v1/matters/" + matter + "/transitions", lawyer, "\"1\"",
                "{\"status\":\"NOPE\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("errors").get(0).get("field").asText()).isEqualTo("status");
    }

    @Test
    void a_contract_is_assigned_to_staff_and_its_terms_patched_with_field_errors_for_bad_terms() {
        String contract = contract("Terms over the API");
        HttpResponse<String> staff = api.get("/api/v1/staff", lawyer);
        assertThat(staff.statusCode()).isEqualTo(200);
        String camille = null;
        for (JsonNode member : json(staff)) {
            if (member.get("email").asText().equals("contracts@acme.test")) {
                camille = member.get("personId").asText();
            }
        }
        assertThat(camille).isNotNull();
        HttpResponse<String> assigned = send("PUT", "/api/v1/contracts/" + contract + "/assignee", lawyer, "\"0\"",
                "{\"assigneeId\":\"" + camille + "\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(json(assigned).get("assigneeName").asText()).isEqualTo("Camille Bernard");

        HttpResponse<String> badCurrency = send("PATCH", "/api/v1/contracts/" + contract, lawyer, "\"1\"",
                "{\"value\":1200.5,\"currency\":\"EURO\"}");
        assertThat(badCurrency.statusCode()).isEqualTo(400);
        assertThat(json(badCurrency).get("errors").get(0).get("field").asText()).isEqualTo("currency");
        HttpResponse<String> badRole = send("PATCH", "/api/v1/contracts/" + contract, lawyer, "\"1\"",
                "{\"parties\":[{\"name\":\"Initech\",\"role\":\"FRIEND\"}]}");
        assertThat(json(badRole).get("errors").get(0).get("field").asText()).isEqualTo("parties[0].role");

        HttpResponse<String> patched = send("PATCH", "/api/v1/contracts/" + contract, lawyer, "\"1\"",
                "{\"value\":\"1200.50\",\"currency\":\"CHF\",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-12-31\","
                + "\"parties\":[{\"name\":\"Initech SA\",\"role\":\"COUNTERPARTY\"}]}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        JsonNode terms = json(patched).get("terms");
        assertThat(terms.get("value").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(terms.get("currency").asText()).isEqualTo("CHF");
        assertThat(terms.get("parties").get(0).get("role").asText()).isEqualTo("COUNTERPARTY");
        assertThat(api.get("/api/v1/contracts/" + contract, lawyer).headers().firstValue("ETag")).contains("\"2\"");
    }

    @Test
    void another_tenants_records_are_not_found_on_every_new_endpoint_and_requesters_are_refused() {
        String matter = matter("Not Globex's");
        String contract = contract("Not Globex's either");
        String globex = api.token("lawyer@globex.test", "openid organization");
        for (String[] call : List.of(new String[] {"PATCH", "/api/v1/matters/" + matter, "{\"description\":\"x\"}"},
                new String[] {"PATCH", "/api/v1/contracts/" + contract, "{\"description\":\"x\"}"},
                new String[] {"POST", "/api/v1/matters/" + matter + "/transitions", "{\"status\":\"IN_REVIEW\"}"},
                new String[] {"POST", "/api/v1/contracts/" + contract + "/transitions", "{\"status\":\"DRAFTING\"}"},
                new String[] {"PUT", "/api/v1/matters/" + matter + "/assignee", "{\"assigneeId\":null}"},
                new String[] {"PUT", "/api/v1/contracts/" + contract + "/assignee", "{\"assigneeId\":null}"})) {
            assertThat(send(call[0], call[1], globex, "\"0\"", call[2]).statusCode()).as(call[1]).isEqualTo(404);
            assertThat(send(call[0], call[1], globex, null, call[2]).statusCode()).as(call[1]).isEqualTo(404);
        }
        assertThat(description(matter)).isEmpty();
        assertThat(json(api.get("/api/v1/staff", globex))).extracting(m -> m.get("email").asText())
                .doesNotContain("lawyer@acme.test");

        String requester = api.token("requester@client.test", "openid organization");
        assertThat(send("PATCH", "/api/v1/matters/" + matter, requester, "\"0\"", "{\"description\":\"x\"}")
                .statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/workflows", requester).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/staff", requester).statusCode()).isEqualTo(403);
    }

    @Test
    void workflows_are_read_by_staff_and_request_types_by_everyone_with_staff_only_settings_for_staff() {
        JsonNode workflows = json(api.get("/api/v1/workflows", lawyer));
        assertThat(workflows).extracting(w -> w.get("kind").asText()).containsExactly("MATTER", "CONTRACT");
        assertThat(workflows.get(1).get("statuses").get(0).get("code").asText()).isEqualTo("REQUESTED");

        String requester = api.token("requester@client.test", "openid organization");
        JsonNode forRequester = json(api.get("/api/v1/request-types", requester));
        assertThat(forRequester).extracting(t -> t.get("code").asText()).contains("nda", "litigation");
        assertThat(forRequester.get(0).has("defaultTarget")).isFalse();
        assertThat(forRequester.get(0).has("active")).isFalse();
        assertThat(forRequester.get(0).get("fields").isArray()).isTrue();
        JsonNode forStaff = json(api.get("/api/v1/request-types", lawyer));
        assertThat(forStaff.get(0).has("active")).isTrue();
    }

    private String matter(String title) {
        return inAcme(() -> matters.open(new OpenMatter(title, "", "LITIGATION", Origin.PORTAL, null, null, null,
                "test"))).reference();
    }

    private String contract(String title) {
        return inAcme(() -> contracts.open(new OpenContract(title, "", "NDA", "Initech", Origin.INTERNAL, null, null,
                null, "test"))).reference();
    }

    private String description(String matter) {
        return inAcme(() -> jdbc.queryForObject("select description from matter where reference = ?", String.class,
                matter));
    }

    private <T> T inAcme(Supplier<T> work) {
        return TenantContext.call(acme, () -> transactions.execute(s -> work.get()));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return ApiClient.json(response.body());
    }

    private HttpResponse<String> send(String method, String path, String token, String ifMatch, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(services.appUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
