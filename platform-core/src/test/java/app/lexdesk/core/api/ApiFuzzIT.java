package app.lexdesk.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.attachments.StorageProperties;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Sends junk to every operation the OpenAPI document names — in each path and query parameter, in the body,
 * in the headers and in the framing, as a requester, as staff and with no token — and fails on any server
 * error, any error that is not a problem, any stack trace, and anything a refused call stored. The cases come
 * from the document the running application serves, so an endpoint added tomorrow is fuzzed without a change
 * here. Run again with {@code -Dfuzz.seed=<seed>} to get the same cases; the whole report is written to
 * {@code target/api-fuzz-report.txt}.
 */
@CoreIntegrationTest
class ApiFuzzIT {

    private static final long DEFAULT_SEED = 20_260_707L;
    /** Few enough for a 2-core machine shared with others, enough to overlap the server's waits on the database. */
    private static final int IN_FLIGHT = 6;
    private static final int AT_LEAST_CASES = 2_000;
    /** If the document ever names fewer, deriving cases from it broke, and fuzzing nothing would pass. */
    private static final List<String> KNOWN_TODAY = List.of(
            "GET /api/v1/me", "GET /api/v1/people/{id}", "POST /api/v1/requests", "GET /api/v1/requests",
            "GET /api/v1/requests/{reference}", "POST /api/v1/uploads", "GET /api/v1/attachments/{id}/content",
            "GET /api/v1/boards", "GET /api/v1/matters", "GET /api/v1/matters/{reference}",
            "GET /api/v1/notification-events", "GET /api/v1/notification-rules", "POST /api/v1/notification-rules",
            "GET /api/v1/notification-rules/{id}", "PUT /api/v1/notification-rules/{id}",
            "DELETE /api/v1/notification-rules/{id}", "POST /api/v1/notification-rules/preview",
            "GET /api/v1/notification-deliveries", "POST /api/v1/notification-deliveries/{id}/retry",
            "GET /api/v1/me/notification-preferences", "PUT /api/v1/me/notification-preferences",
            "GET /api/v1/notifications/unsubscribe", "POST /api/v1/notifications/unsubscribe",
            "PUT /api/v1/matters/{reference}/board", "GET /api/v1/contract-types", "GET /api/v1/contracts",
            "GET /api/v1/contracts/{reference}", "PATCH /api/v1/matters/{reference}",
            "PATCH /api/v1/contracts/{reference}", "POST /api/v1/matters/{reference}/transitions",
            "POST /api/v1/contracts/{reference}/transitions", "PUT /api/v1/matters/{reference}/assignee",
            "PUT /api/v1/contracts/{reference}/assignee", "GET /api/v1/staff", "GET /api/v1/workflows",
            "GET /api/v1/request-types",
            "GET /api/v1/matters/{reference}/notes", "POST /api/v1/matters/{reference}/notes",
            "GET /api/v1/matters/{reference}/developments", "POST /api/v1/matters/{reference}/developments",
            "GET /api/v1/matters/{reference}/people", "POST /api/v1/matters/{reference}/people",
            "DELETE /api/v1/matters/{reference}/people/{participantId}", "GET /api/v1/matters/{reference}/activity",
            "GET /api/v1/contracts/{reference}/notes", "POST /api/v1/contracts/{reference}/notes",
            "GET /api/v1/contracts/{reference}/developments", "POST /api/v1/contracts/{reference}/developments",
            "GET /api/v1/contracts/{reference}/people", "POST /api/v1/contracts/{reference}/people",
            "DELETE /api/v1/contracts/{reference}/people/{participantId}", "GET /api/v1/contracts/{reference}/activity",
            "GET /api/v1/people", "GET /api/v1/people/{id}/records", "GET /api/v1/companies",
            "GET /api/v1/companies/{id}", "GET /api/v1/companies/{id}/records",
            "POST /api/v1/portal/requests/{reference}/files", "GET /api/v1/portal/requests",
            "GET /api/v1/portal/requests/export", "GET /api/v1/portal/requests/{reference}",
            "POST /api/v1/portal/requests/{reference}/notes", "GET /api/v1/portal/colleagues",
            "PUT /api/v1/portal/requests/{reference}/colleagues/{personId}",
            "DELETE /api/v1/portal/requests/{reference}/colleagues/{personId}", "GET /api/v1/portal/settings",
            "PUT /api/v1/portal/settings", "GET /api/v1/records/{reference}/portal-preview",
            "PUT /api/v1/portal/requests/{reference}/feedback",
            "GET /api/v1/records/{reference}/files", "POST /api/v1/records/{reference}/folders",
            "POST /api/v1/records/{reference}/files", "POST /api/v1/records/{reference}/files/upload",
            "GET /api/v1/records/{reference}/files/deleted",
            "GET /api/v1/records/{reference}/sharing-log", "GET /api/v1/records/{reference}/sharing-log/export",
            "POST /api/v1/records/{reference}/files/archive", "PATCH /api/v1/folders/{folderId}",
            "PUT /api/v1/folders/{folderId}/visibility", "DELETE /api/v1/folders/{folderId}",
            "POST /api/v1/folders/{folderId}/restore", "GET /api/v1/folders/{folderId}/archive",
            "PATCH /api/v1/files/{fileId}", "PUT /api/v1/files/{fileId}/visibility", "DELETE /api/v1/files/{fileId}",
            "POST /api/v1/files/{fileId}/restore", "GET /api/v1/files/{fileId}/versions",
            "POST /api/v1/files/{fileId}/versions", "GET /api/v1/files/{fileId}/versions/{version}/content",
            "GET /api/v1/invitations", "POST /api/v1/invitations", "GET /api/v1/invitations/{id}",
            "POST /api/v1/invitations/{id}/resend", "DELETE /api/v1/invitations/{id}",
            "GET /api/v1/invitation-settings", "PUT /api/v1/invitation-settings",
            "GET /api/v1/companies/{companyId}/signup-domains", "POST /api/v1/companies/{companyId}/signup-domains",
            "DELETE /api/v1/companies/{companyId}/signup-domains/{domain}");

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);
    @Autowired S3Client s3;
    @Autowired StorageProperties storage;
    @Autowired Environment environment;

    @Test
    void the_openapi_document_names_at_least_every_operation_known_today() {
        List<ApiOperation> operations = ApiOperation.of(openApi());
        assertThat(operations).extracting(ApiOperation::key).containsAll(KNOWN_TODAY);
        assertThat(operations).filteredOn(op -> op.key().equals("POST /api/v1/requests")).singleElement()
                .satisfies(op -> assertThat(op.bodies()).containsKey("application/json"));
        assertThat(operations).filteredOn(op -> op.key().equals("GET /api/v1/matters")).singleElement()
                .satisfies(op -> assertThat(op.in("query")).extracting(ApiOperation.Parameter::name)
                        .contains("page", "size", "sort", "status"));
    }

    @Test
    void junk_to_every_operation_is_answered_with_problems_and_refused_calls_store_nothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        JsonNode document = openApi();
        List<ApiOperation> operations = ApiOperation.of(document);
        assertThat(operations).extracting(ApiOperation::key).containsAll(KNOWN_TODAY);
        Map<String, String> tokens = Map.of("portal", api.token("requester@client.test", "openid organization"),
                "staff", api.token("lawyer@acme.test", "openid organization"));
        List<FuzzCase> cases = new FuzzCases(document, samples(tokens), new Random(seed),
                List.of("portal", "staff", FuzzCases.ANONYMOUS), services.appUrl()).derive(operations);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(AT_LEAST_CASES);

        FuzzRun.Report report;
        try (Connection owner = DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getRequiredProperty("spring.flyway.password"));
             FuzzRun run = new FuzzRun(new FuzzSender(services.appUrl(), tokens), stored(owner), IN_FLIGHT)) {
            report = run.run(seed, cases);
        }
        Path written = Path.of("target", "api-fuzz-report.txt");
        Files.writeString(written, report.describe(Integer.MAX_VALUE) + report.describeOutcomes(),
                StandardCharsets.UTF_8);
        System.out.printf("API fuzz: %d operations, %d cases (%d requests with replays) in %d ms (%d ms of it "
                + "naming refused calls that stored), seed %d, %d findings; report in %s%n", operations.size(),
                report.cases(), report.sent(), report.elapsed().toMillis(), report.diagnosing().toMillis(), seed,
                report.findings().size(), written.toAbsolutePath());
        assertThat(report.findings().size()).as(() -> report.describe(300)).isZero();
    }

    private StoredThings stored(Connection owner) throws SQLException {
        StoredThings stored = new StoredThings(owner, s3, storage.bucket());
        System.out.println("API fuzz counts what refused calls might store: " + stored.count());
        return stored;
    }

    private JsonNode openApi() {
        HttpResponse<String> document = api.get("/api/v1/openapi", null);
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        return ApiClient.json(document.body());
    }

    /**
     * Real records of the acme tenant for the path parameters, made the ordinary way before anything is
     * counted: junk in one parameter should meet real values everywhere else.
     */
    private FuzzCases.Samples samples(Map<String, String> tokens) {
        String portal = tokens.get("portal");
        String staff = tokens.get("staff");
        String person = ApiClient.json(api.get("/api/v1/me", portal).body()).get("personId").asText();
        HttpResponse<String> upload = api.upload("/api/v1/uploads", portal, "fuzz-sample.txt",
                "A file for the fuzz suite's paths.".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        String file = ApiClient.json(upload.body()).get("id").asText();
        String request = submit(portal, Map.of("type", "corporate-matter", "subject", "Fuzz suite sample matter",
                "fields", Map.of("entity", "Client Co"), "attachments", List.of(file)));
        String contractRequest = submit(portal, Map.of("type", "nda", "subject", "Fuzz suite sample contract",
                "fields", Map.of("counterparty", "Initech SA", "mutual", "true")));
        Map<String, String> byCollection = new LinkedHashMap<>();
        byCollection.put("people", person);
        byCollection.put("attachments", file);
        byCollection.put("requests", request);
        byCollection.put("matters", record(staff, request));
        byCollection.put("contracts", record(staff, contractRequest));
        byCollection.put("companies", ApiClient.json(api.get("/api/v1/companies?q=Client%20Co", staff).body())
                .get("items").get(0).get("id").asText());
        byCollection.put("records", byCollection.get("matters"));
        HttpResponse<String> folder = api.post("/api/v1/records/" + byCollection.get("matters") + "/folders", staff,
                "{\"name\":\"Fuzz folder\"}", null);
        assertThat(folder.statusCode()).as(folder.body()).isEqualTo(201);
        byCollection.put("folders", ApiClient.json(folder.body()).get("id").asText());
        byCollection.put("files", file);
        byCollection.put("versions", "1");
        byCollection.put("colleagues", ApiClient.json(api.get("/api/v1/me", api.token("colleague@client.test",
                "openid organization")).body()).get("personId").asText());
        byCollection.put("invitations", invitation(byCollection.get("companies")));
        // Administrators' only: the fuzz suite's staff and portal tokens meet 403 whatever the id.
        byCollection.put("notification-rules", "00000000-0000-4000-8000-000000000001");
        byCollection.put("notification-deliveries", "00000000-0000-4000-8000-000000000002");
        byCollection.put("signup-domains", "fuzz-sample.test");
        // Written out, not built from a Map.of, whose order changes from one JVM to the next: same seed, same bytes.
        Map<String, String> bodies = pairs(
                "POST /api/v1/requests", """
                        {"type":"other-legal-question","subject":"Fuzz suite request",\
                        "description":"Sent by the fuzz suite.","language":"en","fields":{},"attachments":[]}""",
                "PUT /api/v1/matters/{reference}/board", """
                        {"board":"CORPORATE"}""",
                "PATCH /api/v1/matters/{reference}", """
                        {"description":"Edited by the fuzz suite.","priority":"HIGH","dueDate":"2027-01-31"}""",
                "PATCH /api/v1/contracts/{reference}", """
                        {"value":"1000.00","currency":"EUR","endDate":"2027-12-31"}""",
                "POST /api/v1/matters/{reference}/transitions", """
                        {"status":"IN_REVIEW"}""",
                "POST /api/v1/contracts/{reference}/transitions", """
                        {"status":"DRAFTING"}""",
                "PUT /api/v1/matters/{reference}/assignee", """
                        {"assigneeId":null}""",
                "PUT /api/v1/contracts/{reference}/assignee", """
                        {"assigneeId":null}""",
                "POST /api/v1/matters/{reference}/notes", """
                        {"text":"A note from the fuzz suite.","visibility":"INTERNAL"}""",
                "POST /api/v1/contracts/{reference}/notes", """
                        {"text":"A note from the fuzz suite.","visibility":"SHARED"}""",
                "POST /api/v1/matters/{reference}/developments", """
                        {"date":"2026-07-07","title":"Fuzz development","text":"","visibleToRequester":false}""",
                "POST /api/v1/contracts/{reference}/developments", """
                        {"date":"2026-07-07","title":"Fuzz development","text":"","visibleToRequester":true}""",
                "POST /api/v1/matters/{reference}/people", """
                        {"role":"OTHER","contact":{"firstName":"Fuzz","lastName":"Contact","phone":"+33 1 00"}}""",
                "POST /api/v1/contracts/{reference}/people", """
                        {"role":"OPPOSING_PARTY","contact":{"lastName":"Fuzz Party","organisation":"Fuzz SA"}}""",
                "POST /api/v1/portal/requests/{reference}/notes", """
                        {"text":"A reply from the fuzz suite.","uploadIds":[]}""",
                "PUT /api/v1/portal/requests/{reference}/feedback", """
                        {"rating":5,"comment":"From the fuzz suite."}""",
                "PUT /api/v1/portal/settings", """
                        {"companyRequestsVisible":false}""",
                "POST /api/v1/portal/requests/{reference}/files", """
                        {"uploadIds":[]}""",
                "POST /api/v1/records/{reference}/folders", """
                        {"name":"Fuzz subfolder","parentId":null}""",
                "POST /api/v1/records/{reference}/files", """
                        {"folderId":null,"uploadIds":[]}""",
                "POST /api/v1/records/{reference}/files/archive", """
                        {"folderIds":[],"fileIds":[]}""",
                "PATCH /api/v1/folders/{folderId}", """
                        {"name":"Fuzz folder renamed"}""",
                "PUT /api/v1/folders/{folderId}/visibility", """
                        {"visibility":"HIDDEN"}""",
                "PATCH /api/v1/files/{fileId}", """
                        {"name":"fuzz-renamed.txt"}""",
                "PUT /api/v1/files/{fileId}/visibility", """
                        {"visibility":"FOLLOW_FOLDER"}""",
                "POST /api/v1/files/{fileId}/versions", """
                        {"uploadId":null}""",
                "POST /api/v1/notification-rules", """
                        {"event":"status-changed","name":"Fuzz rule","recipients":[{"kind":"ASSIGNEE","value":""}]}""",
                "PUT /api/v1/notification-rules/{id}", """
                        {"event":"status-changed","name":"Fuzz rule","recipients":[{"kind":"ASSIGNEE","value":""}]}""",
                "POST /api/v1/notification-rules/preview", """
                        {"event":"status-changed","recordReference":"MAT-2026-000001"}""",
                "PUT /api/v1/me/notification-preferences", """
                        {"mode":"IMMEDIATE","language":null}""",
                "POST /api/v1/invitations", """
                        {"email":"fuzz-sample@newclient.test","firstName":"Fuzz","lastName":"Sample",\
                        "companyName":"Fuzz Co"}""",
                "PUT /api/v1/invitation-settings", """
                        {"staffMayInvite":true}""",
                "POST /api/v1/companies/{companyId}/signup-domains", """
                        {"domain":"fuzz-sample.test"}""");
        return new FuzzCases.Samples(byCollection, bodies);
    }

    /** Operation → body from alternating arguments, in the order written (same seed, same cases). */
    private static Map<String, String> pairs(String... operationsAndBodies) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < operationsAndBodies.length; i += 2) {
            map.put(operationsAndBodies[i], operationsAndBodies[i + 1]);
        }
        return map;
    }

    /**
     * An invitation of acme's, sent by its administrator: the fuzz callers (a requester, a lawyer, nobody) may not
     * touch it, so every case on it must be refused and leave it as it is.
     */
    private String invitation(String company) {
        String admin = api.token("admin@acme.test", "openid organization");
        HttpResponse<String> sent = api.post("/api/v1/invitations", admin, ApiClient.toJson(Map.of(
                "email", "fuzz-" + Long.toString(System.nanoTime(), 36) + "@newclient.test", "firstName", "Fuzz",
                "lastName", "Sample", "companyId", company)), null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        return ApiClient.json(sent.body()).get("id").asText();
    }

    private String submit(String token, Map<String, Object> body) {
        HttpResponse<String> created = api.post("/api/v1/requests", token, ApiClient.toJson(body), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created.body()).get("reference").asText();
    }

    private String record(String staff, String request) {
        return ApiClient.json(api.get("/api/v1/requests/" + request, staff).body()).get("record").asText();
    }
}
