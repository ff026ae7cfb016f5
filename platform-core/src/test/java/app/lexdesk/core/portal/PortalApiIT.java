package app.lexdesk.core.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.core.testing.EventListeners;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal's read model over REST with real tokens, on a fixture record holding one item of every kind the
 * requester must see and one of every kind they must not: the request's JSON, every download link and the staff
 * preview show all visible items and none of the hidden ones (searched by text and id). Then who else sees it:
 * colleagues only with company visibility on (read-only), colleagues named on it (who may reply), never another
 * company or another tenant.
 */
@CoreIntegrationTest
class PortalApiIT {

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    @Autowired JdbcTemplate jdbc;
    String staff;
    String admin;
    String requester;
    String request;
    String matter;
    /** Texts and ids the requester must never meet, anywhere. */
    final List<String> hidden = new ArrayList<>();
    /** Texts the requester must meet. */
    final List<String> visible = new ArrayList<>();
    String visibleFile;
    String hiddenFile;

    @BeforeEach
    void aRecordWithEveryKindOfItem() {
        staff = api.token("lawyer@acme.test", "openid organization");
        admin = api.token("admin@acme.test", "openid organization");
        requester = api.token("requester@client.test", "openid organization");
        setCompanyVisibility(false);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api.post("/api/v1/requests", requester, ApiClient.toJson(Map.of(
                "type", "other-legal-question", "subject", "Portal fixture " + tag,
                "description", "What the requester asked " + tag)), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        request = ApiClient.json(created.body()).get("reference").asText();
        matter = ApiClient.json(api.get("/api/v1/requests/" + request, staff).body()).get("record").asText();
        String base = "/api/v1/matters/" + matter;

        // Visible: a status move, an assignee, a shared note, a visible development, a file in a shared folder.
        ok(send("POST", base + "/transitions", staff, "\"0\"", "{\"status\":\"IN_REVIEW\"}"));
        String lawyerId = ApiClient.json(api.get("/api/v1/me", staff).body()).get("personId").asText();
        ok(send("PUT", base + "/assignee", staff, "\"1\"", "{\"assigneeId\":\"" + lawyerId + "\"}"));
        created(api.post(base + "/notes", staff, ApiClient.toJson(Map.of("text", "Shared note " + tag,
                "visibility", "SHARED")), null));
        visible.add("Shared note " + tag);
        created(api.post(base + "/developments", staff, ApiClient.toJson(Map.of("date", "2026-11-30",
                "title", "Visible development " + tag, "text", "", "visibleToRequester", true)), null));
        visible.add("Visible development " + tag);
        JsonNode shared = created(api.post("/api/v1/records/" + matter + "/folders", staff,
                "{\"name\":\"Shared folder " + tag + "\"}", null));
        ok(api.put("/api/v1/folders/" + shared.get("id").asText() + "/visibility", staff,
                "{\"visibility\":\"VISIBLE\"}"));
        visibleFile = place(shared.get("id").asText(), "visible-" + tag + ".txt", "Visible content " + tag);
        visible.add("visible-" + tag + ".txt");
        visible.add("Shared folder " + tag);

        // Hidden: an internal note, a hidden development, a hidden file in the shared folder, a hidden folder with a
        // file, priority, a person on the record, and staff-only activity (a board move, a download).
        created(api.post(base + "/notes", staff, ApiClient.toJson(Map.of("text", "Internal note " + tag,
                "visibility", "INTERNAL")), null));
        hidden.add("Internal note " + tag);
        created(api.post(base + "/developments", staff, ApiClient.toJson(Map.of("date", "2026-11-29",
                "title", "Hidden development " + tag, "text", "", "visibleToRequester", false)), null));
        hidden.add("Hidden development " + tag);
        hiddenFile = place(shared.get("id").asText(), "hidden-" + tag + ".txt", "Hidden content " + tag);
        ok(api.put("/api/v1/files/" + hiddenFile + "/visibility", staff, "{\"visibility\":\"HIDDEN\"}"));
        hidden.add("hidden-" + tag + ".txt");
        hidden.add(hiddenFile);
        JsonNode internal = created(api.post("/api/v1/records/" + matter + "/folders", staff,
                "{\"name\":\"Internal folder " + tag + "\"}", null));
        String internalFile = place(internal.get("id").asText(), "strategy-" + tag + ".txt", "Strategy " + tag);
        hidden.add("Internal folder " + tag);
        hidden.add("strategy-" + tag + ".txt");
        hidden.add(internalFile);
        ok(send("PATCH", base, staff, "\"2\"", "{\"priority\":\"URGENT\"}"));
        hidden.add("URGENT");
        created(api.post(base + "/people", staff, ApiClient.toJson(Map.of("role", "OPPOSING_PARTY", "contact",
                Map.of("lastName", "Opposing " + tag))), null));
        hidden.add("Opposing " + tag);
        ok(api.put(base + "/board", staff, "{\"board\":\"LITIGATION\"}"));
        hidden.add("LITIGATION");
        assertThat(api.get("/api/v1/attachments/" + visibleFile + "/content", staff).statusCode()).isEqualTo(200);
        hidden.add("downloaded");
        EventListeners.awaitCompletion(jdbc);
    }

    @AfterEach
    void companyVisibilityOff() {
        setCompanyVisibility(false);
    }

    @Test
    void the_requester_sees_every_visible_item_and_none_of_the_hidden_ones() {
        HttpResponse<String> page = api.get("/api/v1/portal/requests/" + request, requester);
        JsonNode json = ok(page);
        String body = page.body();
        assertThat(visible).allSatisfy(text -> assertThat(body).contains(text));
        assertThat(hidden).allSatisfy(text -> assertThat(body).as("hidden: " + text).doesNotContain(text));
        assertThat(json.get("summary").get("statusLabelEn").asText()).isEqualTo("In review");
        assertThat(json.get("summary").get("assigneeName").asText()).isNotBlank();
        assertThat(json.get("statusHistory").toString()).contains("In review");
        assertThat(json.get("mayAct").asBoolean()).isTrue();
        assertThat(json.get("mayNameColleagues").asBoolean()).isTrue();

        assertThat(api.get("/api/v1/attachments/" + visibleFile + "/content", requester).body())
                .startsWith("Visible content");
        for (String id : hidden.stream().filter(h -> h.length() == 36).toList()) {
            assertThat(api.get("/api/v1/attachments/" + id + "/content", requester).statusCode())
                    .as("a hidden file's direct link").isEqualTo(404);
        }

        HttpResponse<String> preview = api.get("/api/v1/records/" + matter + "/portal-preview", staff);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(visible).allSatisfy(text -> assertThat(preview.body()).contains(text));
        assertThat(hidden).allSatisfy(text -> assertThat(preview.body()).as("preview: " + text).doesNotContain(text));
        assertThat(ok(preview).get("preview").asBoolean()).isTrue();
        assertThat(ok(preview).get("mayAct").asBoolean()).isFalse();
        assertThat(ok(preview).get("mayNameColleagues").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/records/" + matter + "/portal-preview", requester).statusCode())
                .as("previews are for staff").isEqualTo(403);
    }

    @Test
    void the_list_is_paged_filtered_and_marks_what_changed_since_the_requester_last_looked() {
        JsonNode first = ok(api.get("/api/v1/portal/requests?size=1", requester));
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(first.get("size").asInt()).isEqualTo(1);
        JsonNode mine = find(ok(api.get("/api/v1/portal/requests?q=" + request + "&scope=open&kind=matter",
                requester)), request);
        assertThat(mine.get("updatedSinceLastLook").asBoolean()).as("staff worked on it since it was submitted")
                .isTrue();
        assertThat(mine.get("colleague").asBoolean()).isFalse();
        assertThat(mine.toString()).doesNotContain("URGENT").doesNotContain("LITIGATION");
        assertThat(ok(api.get("/api/v1/portal/requests?q=" + request + "&scope=closed", requester)).get("items"))
                .isEmpty();
        ok(api.get("/api/v1/portal/requests/" + request, requester));
        assertThat(find(ok(api.get("/api/v1/portal/requests?q=" + request, requester)), request)
                .get("updatedSinceLastLook").asBoolean()).as("opened just now").isFalse();

        HttpResponse<byte[]> csv = api.bytes("GET", "/api/v1/portal/requests/export?format=csv&q=" + request,
                requester, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains(request).contains("In review").doesNotContain("URGENT");
        assertProblem(api.get("/api/v1/portal/requests?size=500", requester), "size");
        HttpResponse<String> older = api.get("/api/v1/requests?size=1", requester);
        assertThat(ApiClient.json(ok(older).toString())).as("the older list answers a page too").hasSize(1);
        assertThat(Long.parseLong(older.headers().firstValue("X-Total-Count").orElseThrow()))
                .isGreaterThanOrEqualTo(1);
        assertProblem(api.get("/api/v1/requests?size=0", requester), "size");
        assertProblem(api.get("/api/v1/portal/requests?scope=sideways", requester), "scope");
    }

    @Test
    void colleagues_see_the_request_only_with_company_visibility_and_only_named_ones_may_reply() {
        String colleague = api.token("colleague@client.test", "openid organization");
        String rival = api.token("other@rival.test", "openid organization");
        String globex = api.token("lawyer@globex.test", "openid organization");
        assertThat(api.get("/api/v1/portal/requests/" + request, colleague).statusCode()).isEqualTo(404);
        assertThat(ok(api.get("/api/v1/portal/requests?q=" + request, colleague)).get("items")).isEmpty();

        setCompanyVisibility(true);
        JsonNode read = ok(api.get("/api/v1/portal/requests/" + request, colleague));
        assertThat(read.get("summary").get("colleague").asBoolean()).isTrue();
        assertThat(read.get("mayAct").asBoolean()).isFalse();
        assertThat(read.toString()).contains(visible.get(0)).doesNotContain(hidden.get(0));
        assertThat(api.get("/api/v1/attachments/" + visibleFile + "/content", colleague).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/attachments/" + hiddenFile + "/content", colleague).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/portal/requests/" + request + "/notes", colleague,
                "{\"text\":\"Reading only\"}", null).statusCode()).as("read-only").isEqualTo(404);
        assertThat(api.get("/api/v1/portal/requests/" + request, rival).statusCode()).as("another company")
                .isEqualTo(404);
        assertThat(api.get("/api/v1/attachments/" + visibleFile + "/content", rival).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/portal/requests/" + request, globex).statusCode()).as("another tenant")
                .isEqualTo(404);

        setCompanyVisibility(false);
        String colleagueId = ApiClient.json(api.get("/api/v1/me", colleague).body()).get("personId").asText();
        assertThat(ok(api.get("/api/v1/portal/colleagues", requester)).toString()).contains(colleagueId);
        ok(send("PUT", "/api/v1/portal/requests/" + request + "/colleagues/" + colleagueId, requester, null, ""));
        JsonNode named = ok(api.get("/api/v1/portal/requests/" + request, colleague));
        assertThat(named.get("mayAct").asBoolean()).isTrue();
        assertThat(named.get("mayNameColleagues").asBoolean()).as("a named colleague names nobody").isFalse();
        JsonNode reply = created(api.post("/api/v1/portal/requests/" + request + "/notes", colleague,
                "{\"text\":\"A colleague named on it replies\"}", null));
        assertThat(reply.get("fromRequester").asBoolean()).isTrue();
        String rivalId = ApiClient.json(api.get("/api/v1/me", rival).body()).get("personId").asText();
        assertProblem(send("PUT", "/api/v1/portal/requests/" + request + "/colleagues/" + rivalId, requester, null,
                ""), "personId");
        assertThat(send("PUT", "/api/v1/portal/requests/" + request + "/colleagues/" + rivalId, colleague, null, "")
                .statusCode()).as("only the requester names people").isEqualTo(404);
    }

    @Test
    void a_reply_with_a_file_reaches_staff_marked_from_the_requester_and_staff_cannot_write_as_the_requester() {
        HttpResponse<String> uploaded = api.upload("/api/v1/uploads", requester, "reply.txt",
                "Attached to a reply".getBytes(StandardCharsets.UTF_8));
        String upload = ApiClient.json(uploaded.body()).get("id").asText();
        JsonNode reply = created(api.post("/api/v1/portal/requests/" + request + "/notes", requester,
                ApiClient.toJson(Map.of("text", "Here is the invoice", "uploadIds", List.of(upload))), null));
        assertThat(reply.get("fromRequester").asBoolean()).isTrue();

        JsonNode notes = ok(api.get("/api/v1/matters/" + matter + "/notes", staff));
        assertThat(notes.get(0).get("text").asText()).isEqualTo("Here is the invoice");
        assertThat(notes.get(0).get("fromRequester").asBoolean()).isTrue();
        assertThat(notes.get(0).get("visibility").asText()).isEqualTo("SHARED");
        JsonNode files = ok(api.get("/api/v1/records/" + matter + "/files", staff)).get("files");
        boolean found = false;
        for (JsonNode f : files) {
            if (f.get("id").asText().equals(upload)) {
                found = f.get("fromRequester").asBoolean();
            }
        }
        assertThat(found).as("the reply's file is in the record, from the requester").isTrue();
        EventListeners.awaitCompletion(jdbc);
        assertThat(ok(api.get("/api/v1/portal/requests/" + request, requester)).get("timeline").toString())
                .contains("note.requester-replied");

        assertThat(api.post("/api/v1/portal/requests/" + request + "/notes", staff,
                "{\"text\":\"Posing as the requester\"}", null).statusCode()).isIn(403, 404);
        assertProblem(api.post("/api/v1/portal/requests/" + request + "/notes", requester, "{\"text\":\"\"}",
                null), "text");
        assertThat(ok(api.get("/api/v1/matters/" + matter + "/notes", staff)).toString())
                .doesNotContain("Posing as the requester");
    }

    @Test
    void once_the_record_is_closed_its_requester_rates_the_answer_and_reads_the_rating_back() {
        assertThat(ok(api.get("/api/v1/portal/requests/" + request, requester)).get("mayRate").asBoolean()).isFalse();
        HttpResponse<String> early = send("PUT", "/api/v1/portal/requests/" + request + "/feedback", requester, null,
                "{\"rating\":5,\"comment\":\"Too early\"}");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(400);
        for (String status : List.of("IN_PROGRESS", "CLOSED")) {
            String etag = api.get("/api/v1/matters/" + matter, staff).headers().firstValue("ETag").orElseThrow();
            ok(send("POST", "/api/v1/matters/" + matter + "/transitions", staff, etag,
                    "{\"status\":\"" + status + "\"}"));
        }
        JsonNode closed = ok(api.get("/api/v1/portal/requests/" + request, requester));
        assertThat(closed.get("mayRate").asBoolean()).isTrue();
        assertThat(closed.get("feedback").isNull()).isTrue();
        assertThat(closed.get("expectedAnswerBy").isNull()).as("this request type promises no time").isTrue();
        ok(send("PUT", "/api/v1/portal/requests/" + request + "/feedback", requester, null,
                "{\"rating\":4,\"comment\":\"Clear and quick\"}"));
        JsonNode rated = ok(api.get("/api/v1/portal/requests/" + request, requester)).get("feedback");
        assertThat(rated.get("rating").asInt()).isEqualTo(4);
        assertThat(rated.get("comment").asText()).isEqualTo("Clear and quick");
        assertProblem(send("PUT", "/api/v1/portal/requests/" + request + "/feedback", requester, null,
                "{\"rating\":9}"), "rating");
        String colleague = api.token("colleague@client.test", "openid organization");
        assertThat(send("PUT", "/api/v1/portal/requests/" + request + "/feedback", colleague, null,
                "{\"rating\":1}").statusCode()).as("only its requester rates it").isEqualTo(404);
        assertThat(ok(api.get("/api/v1/portal/requests/" + request, requester)).get("feedback").get("rating")
                .asInt()).isEqualTo(4);
    }

    private void setCompanyVisibility(boolean on) {
        HttpResponse<String> response = api.put("/api/v1/portal/settings", admin,
                "{\"companyRequestsVisible\":" + on + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String place(String folder, String name, String text) {
        HttpResponse<String> uploaded = api.upload("/api/v1/uploads", staff, name,
                text.getBytes(StandardCharsets.UTF_8));
        String id = ApiClient.json(uploaded.body()).get("id").asText();
        created(api.post("/api/v1/records/" + matter + "/files", staff, ApiClient.toJson(Map.of("folderId", folder,
                "uploadIds", List.of(id))), null));
        return id;
    }

    private static JsonNode find(JsonNode page, String reference) {
        for (JsonNode item : page.get("items")) {
            if (item.get("reference").asText().equals(reference)) {
                return item;
            }
        }
        throw new AssertionError("No " + reference + " in " + page);
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

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
        return ApiClient.json(response.body());
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(201);
        return ApiClient.json(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v).startsWith("application/problem+json"));
        assertThat(ApiClient.json(response.body()).get("errors").get(0).get("field").asText()).isEqualTo(field);
    }
}
