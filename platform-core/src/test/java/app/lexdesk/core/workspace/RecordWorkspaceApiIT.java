package app.lexdesk.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The record workspace over REST with real tokens: notes, developments, people and activity of matters and
 * contracts; bad input named and refused; markup stored and returned as the text it is; other tenants' records 404.
 */
@CoreIntegrationTest
class RecordWorkspaceApiIT {

    static final String XSS = "<img src=x onerror=alert(1)> <script>alert('x')</script>";

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);
    String staff;
    String matter;
    String contract;

    @BeforeEach
    void records() {
        staff = api.token("lawyer@acme.test", "openid organization");
        String portal = api.token("requester@client.test", "openid organization");
        matter = record(submit(portal, Map.of("type", "other-legal-question", "subject", "API workspace matter")));
        contract = record(submit(portal, Map.of("type", "nda", "subject", "API workspace contract",
                "fields", Map.of("counterparty", "Initech SA", "mutual", "true"))));
    }

    @Test
    void markup_in_a_note_and_a_development_is_stored_and_returned_as_the_text_it_is() {
        for (String base : List.of("/api/v1/matters/" + matter, "/api/v1/contracts/" + contract)) {
            HttpResponse<String> note = api.post(base + "/notes", staff, ApiClient.toJson(Map.of("text", XSS,
                    "visibility", "SHARED")), null);
            assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
            assertThat(ApiClient.json(note.body()).get("text").asText()).isEqualTo(XSS);
            HttpResponse<String> development = api.post(base + "/developments", staff, ApiClient.toJson(Map.of(
                    "date", "2026-05-04", "title", XSS, "text", XSS, "visibleToRequester", false)), null);
            assertThat(development.statusCode()).as(development.body()).isEqualTo(201);

            JsonNode notes = ApiClient.json(api.get(base + "/notes", staff).body());
            assertThat(notes.get(0).get("text").asText()).isEqualTo(XSS);
            assertThat(notes.get(0).get("visibility").asText()).isEqualTo("SHARED");
            assertThat(notes.get(0).get("authorName").asText()).isEqualTo("Louis Durand");
            JsonNode developments = ApiClient.json(api.get(base + "/developments", staff).body());
            assertThat(developments.get(0).get("title").asText()).isEqualTo(XSS);
            assertThat(developments.get(0).get("visibleToRequester").asBoolean()).isFalse();
        }
    }

    @Test
    void a_note_without_visibility_or_text_is_400_naming_the_field_and_stores_nothing() {
        String notes = "/api/v1/matters/" + matter + "/notes";
        HttpResponse<String> noChoice = api.post(notes, staff, "{\"text\":\"No choice\"}", null);
        assertProblem(noChoice, 400, "visibility");
        assertProblem(api.post(notes, staff, "{\"visibility\":\"SHARED\",\"text\":\"  \"}", null), 400, "text");
        assertProblem(api.post(notes, staff, "{\"visibility\":\"PUBLIC\",\"text\":\"x\"}", null), 400, "visibility");
        assertProblem(api.post("/api/v1/matters/" + matter + "/developments", staff,
                "{\"date\":\"2026-01-02\",\"title\":\"No choice\"}", null), 400, "visibleToRequester");
        assertThat(ApiClient.json(api.get(notes, staff).body()).size()).isZero();
        assertThat(ApiClient.json(api.get("/api/v1/matters/" + matter + "/developments", staff).body()).size())
                .isZero();
    }

    @Test
    void people_are_added_listed_removed_and_their_records_found() {
        String people = "/api/v1/matters/" + matter + "/people";
        HttpResponse<String> added = api.post(people, staff, ApiClient.toJson(Map.of("role", "OUTSIDE_COUNSEL",
                "contact", Map.of("firstName", "Inès", "lastName", "Avocate " + System.nanoTime(),
                        "phone", "+33 6 00 00 00 00", "organisation", "Cabinet Avocate"))), null);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode participant = ApiClient.json(added.body());
        JsonNode listed = ApiClient.json(api.get(people, staff).body());
        assertThat(listed.get("requester").get("email").asText()).isEqualTo("requester@client.test");
        assertThat(listed.get("company").get("name").asText()).isEqualTo("Client Co");
        assertThat(listed.get("others").get(0).get("role").asText()).isEqualTo("OUTSIDE_COUNSEL");
        JsonNode records = ApiClient.json(api.get("/api/v1/people/" + participant.get("personId").asText()
                + "/records", staff).body());
        assertThat(records.get(0).get("record").get("reference").asText()).isEqualTo(matter);
        assertThat(records.get(0).get("as").asText()).isEqualTo("OUTSIDE_COUNSEL");
        JsonNode companies = ApiClient.json(api.get("/api/v1/companies?q=client%20co", staff).body());
        assertThat(companies.get("items").get(0).get("name").asText()).isEqualTo("Client Co");

        assertThat(delete(people + "/" + participant.get("id").asText(), staff).statusCode()).isEqualTo(204);
        assertThat(ApiClient.json(api.get(people, staff).body()).get("others").size()).isZero();
        assertThat(delete(people + "/" + participant.get("id").asText(), staff).statusCode()).isEqualTo(404);
        assertProblem(api.post(people, staff, "{\"role\":\"OTHER\"}", null), 400, "personId");
    }

    @Test
    void the_activity_is_filtered_by_kind_and_an_unknown_kind_is_400() {
        String base = "/api/v1/matters/" + matter;
        api.post(base + "/notes", staff, "{\"text\":\"Internal\",\"visibility\":\"INTERNAL\"}", null);
        JsonNode notes = awaitActivity(base + "/activity?kind=NOTES");
        assertThat(notes.get(0).get("action").asText()).isEqualTo("note.added");
        assertThat(notes.get(0).get("actorName").asText()).isEqualTo("Louis Durand");
        JsonNode opened = ApiClient.json(api.get(base + "/activity?kind=opened", staff).body());
        assertThat(opened.get(0).get("action").asText()).isEqualTo("matter.opened");
        assertProblem(api.get(base + "/activity?kind=GOSSIP", staff), 400, "kind");
    }

    @Test
    void another_tenants_records_are_404_on_every_workspace_endpoint() {
        String globex = api.token("lawyer@globex.test", "openid organization");
        String person = ApiClient.json(api.get("/api/v1/me", api.token("requester@client.test",
                "openid organization")).body()).get("personId").asText();
        String company = ApiClient.json(api.get("/api/v1/companies?q=client%20co", staff).body()).get("items").get(0)
                .get("id").asText();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String base : List.of("/api/v1/matters/" + matter, "/api/v1/contracts/" + contract)) {
            for (String part : List.of("/notes", "/developments", "/people", "/activity")) {
                answers.add(api.get(base + part, globex));
            }
            answers.add(api.post(base + "/notes", globex, "{\"text\":\"x\",\"visibility\":\"SHARED\"}", null));
            answers.add(api.post(base + "/developments", globex,
                    "{\"date\":\"2026-01-02\",\"title\":\"x\",\"visibleToRequester\":true}", null));
            answers.add(api.post(base + "/people", globex, "{\"role\":\"OTHER\",\"contact\":{\"lastName\":\"x\"}}",
                    null));
            answers.add(delete(base + "/people/" + person, globex));
        }
        answers.add(api.get("/api/v1/people/" + person + "/records", globex));
        answers.add(api.get("/api/v1/companies/" + company, globex));
        answers.add(api.get("/api/v1/companies/" + company + "/records", globex));
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.statusCode()).as(a.uri() + " " + a.body()).isEqualTo(404);
            assertThat(a.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                    assertThat(v).startsWith("application/problem+json"));
        });
        assertThat(ApiClient.json(api.get("/api/v1/matters/" + matter + "/notes", staff).body()).size()).isZero();
        assertThat(ApiClient.json(api.get("/api/v1/matters/" + matter + "/people", staff).body()).get("others")
                .size()).isZero();
    }

    @Test
    void requesters_cannot_use_the_staff_workspace() {
        String portal = api.token("requester@client.test", "openid organization");
        assertThat(api.get("/api/v1/matters/" + matter + "/notes", portal).statusCode()).isEqualTo(403);
        assertThat(api.post("/api/v1/matters/" + matter + "/notes", portal,
                "{\"text\":\"x\",\"visibility\":\"SHARED\"}", null).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/people", portal).statusCode()).isEqualTo(403);
    }

    private JsonNode awaitActivity(String path) {
        for (int i = 0; i < 100; i++) {
            JsonNode found = ApiClient.json(api.get(path, staff).body());
            if (found.size() > 0) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No activity at " + path);
    }

    private HttpResponse<String> delete(String path, String token) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                    URI.create(services.appUrl() + path)).header("Authorization", "Bearer " + token).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String submit(String token, Map<String, Object> body) {
        HttpResponse<String> created = api.post("/api/v1/requests", token, ApiClient.toJson(body), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created.body()).get("reference").asText();
    }

    private String record(String request) {
        return ApiClient.json(api.get("/api/v1/requests/" + request, staff).body()).get("record").asText();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v).startsWith("application/problem+json"));
        assertThat(ApiClient.json(response.body()).get("errors").get(0).get("field").asText()).isEqualTo(field);
    }
}
