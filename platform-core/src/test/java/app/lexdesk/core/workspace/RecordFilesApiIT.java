package app.lexdesk.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.testing.EventListeners;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A record's files over REST with real tokens, on PostgreSQL and S3: folders and files placed, shared and hidden by
 * the folder rule, what the requester's list and download answer, versions, restorable deletion, archives, the
 * sharing log, refusals named on their field, and another tenant's ids 404 on every endpoint.
 */
@CoreIntegrationTest
class RecordFilesApiIT {

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantDirectory directory;
    @Autowired TransactionTemplate transactions;
    String staff;
    String portal;
    String matter;
    String request;

    @BeforeEach
    void aPortalMatter() {
        staff = api.token("lawyer@acme.test", "openid organization");
        portal = api.token("requester@client.test", "openid organization");
        String sent = upload(portal, "brief.txt", "The requester's brief");
        HttpResponse<String> created = api.post("/api/v1/requests", portal, ApiClient.toJson(Map.of(
                "type", "other-legal-question", "subject", "Files over the API", "attachments", List.of(sent))), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        request = ApiClient.json(created.body()).get("reference").asText();
        matter = ApiClient.json(api.get("/api/v1/requests/" + request, staff).body()).get("record").asText();
    }

    @Test
    void a_shared_folder_shows_its_files_to_the_requester_except_one_hidden_explicitly() throws IOException {
        JsonNode folder = created(api.post(files("/folders"), staff, "{\"name\":\"Pièces\"}", null));
        String first = upload(staff, "assignation.txt", "Assignation du 3 mars");
        String second = upload(staff, "strategy.txt", "Internal strategy");
        JsonNode placed = ApiClient.json(created(api.post(files("/files"), staff, ApiClient.toJson(Map.of(
                "folderId", folder.get("id").asText(), "uploadIds", List.of(first, second))), null)).toString());
        assertThat(placed).hasSize(2);
        assertThat(placed.get(0).get("visibleToRequester").asBoolean()).as("a new folder is not shared").isFalse();

        ok(api.put("/api/v1/folders/" + folder.get("id").asText() + "/visibility", staff,
                "{\"visibility\":\"VISIBLE\"}"));
        JsonNode hidden = ok(api.put("/api/v1/files/" + second + "/visibility", staff, "{\"visibility\":\"HIDDEN\"}"));
        assertThat(hidden.get("visibleToRequester").asBoolean()).isFalse();
        assertThat(hidden.get("source").asText()).isEqualTo("ITEM");

        HttpResponse<String> direct = api.upload(files("/files/upload?folderId=" + folder.get("id").asText()), staff,
                "bordereau.txt", "Bordereau de pièces".getBytes(StandardCharsets.UTF_8));
        assertThat(direct.statusCode()).as(direct.body()).isEqualTo(201);
        assertThat(ApiClient.json(direct.body()).get(0).get("path").asText()).as("streamed straight into the folder")
                .isEqualTo("Pièces");

        JsonNode listed = ok(api.get(files("/files"), staff));
        JsonNode shown = byName(listed.get("files"), "assignation.txt");
        assertThat(shown.get("visibleToRequester").asBoolean()).isTrue();
        assertThat(shown.get("source").asText()).isEqualTo("FOLDER");
        assertThat(shown.get("decidedBy").asText()).isEqualTo("Pièces");
        assertThat(shown.get("path").asText()).isEqualTo("Pièces");
        assertThat(byName(listed.get("files"), "brief.txt").get("fromRequester").asBoolean()).isTrue();

        // The requester's request answers exactly what the one query shows them, and the links agree.
        JsonNode theirs = ok(api.get("/api/v1/requests/" + request, portal));
        List<String> names = new ArrayList<>();
        theirs.get("files").forEach(f -> names.add(f.get("filename").asText()));
        assertThat(names).containsExactlyInAnyOrder("brief.txt", "assignation.txt", "bordereau.txt");
        assertThat(theirs.toString()).doesNotContain("strategy.txt");
        assertThat(api.get("/api/v1/attachments/" + first + "/content", portal).body())
                .isEqualTo("Assignation du 3 mars");
        assertThat(api.get("/api/v1/attachments/" + second + "/content", portal).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/attachments/" + second + "/content", staff).statusCode()).isEqualTo(200);

        // The sharing log says who shared and hid what, with the files the requester gained or lost.
        EventListeners.awaitCompletion(jdbc);
        JsonNode log = ok(api.get(files("/sharing-log"), staff));
        assertThat(log).hasSize(2);
        assertThat(log.get(0).get("item").asText()).isEqualTo("strategy.txt");
        assertThat(log.get(0).get("after").asText()).isEqualTo("HIDDEN");
        assertThat(log.get(0).get("hidden").toString()).contains("strategy.txt");
        assertThat(log.get(1).get("folder").asBoolean()).isTrue();
        assertThat(log.get(1).get("shared").toString()).contains("assignation.txt").contains("strategy.txt");
        assertThat(log.get(1).get("actorName").asText()).isNotBlank();
        HttpResponse<byte[]> csv = api.bytes("GET", files("/sharing-log/export?format=csv"), staff, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("Pièces").contains("strategy.txt").contains("HIDDEN");
        assertThat(text.lines().count()).isEqualTo(3);
    }

    @Test
    void files_the_requester_sends_later_land_in_the_from_requester_folder_and_only_they_can_send_them() {
        String more = upload(portal, "facture.txt", "Facture 2026-114");
        HttpResponse<String> sent = api.post("/api/v1/portal/requests/" + request + "/files", portal,
                ApiClient.toJson(Map.of("uploadIds", List.of(more))), null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(ApiClient.json(sent.body()).get(0).get("filename").asText()).isEqualTo("facture.txt");

        JsonNode listed = ok(api.get(files("/files"), staff));
        JsonNode facture = byName(listed.get("files"), "facture.txt");
        assertThat(facture.get("fromRequester").asBoolean()).isTrue();
        assertThat(facture.get("path").asText()).isEqualTo(byName(listed.get("files"), "brief.txt").get("path")
                .asText());
        assertThat(facture.get("visibleToRequester").asBoolean()).as("they sent it: they see it").isTrue();
        assertThat(api.get("/api/v1/attachments/" + more + "/content", portal).body()).isEqualTo("Facture 2026-114");

        String colleague = api.token("colleague@client.test", "openid organization");
        String theirs = upload(colleague, "colleague.txt", "Not on this request");
        assertThat(api.post("/api/v1/portal/requests/" + request + "/files", colleague, ApiClient.toJson(Map.of(
                "uploadIds", List.of(theirs))), null).statusCode()).as("another requester's request").isEqualTo(404);
        String lawyers = upload(staff, "lawyer.txt", "Staff do not post as the requester");
        assertThat(api.post("/api/v1/portal/requests/" + request + "/files", staff, ApiClient.toJson(Map.of(
                "uploadIds", List.of(lawyers))), null).statusCode()).as("staff do not write as the requester")
                .isIn(403, 404);
        assertProblem(api.post("/api/v1/portal/requests/" + request + "/files", portal, "{\"uploadIds\":[]}", null),
                "uploadIds", "no-files");
        assertThat(ok(api.get(files("/files"), staff)).toString()).doesNotContain("colleague.txt")
                .doesNotContain("lawyer.txt");
    }

    @Test
    void a_folder_downloads_as_one_archive_streamed_with_its_subfolders() throws IOException {
        JsonNode folder = created(api.post(files("/folders"), staff, "{\"name\":\"Contrats\"}", null));
        JsonNode drafts = created(api.post(files("/folders"), staff, ApiClient.toJson(Map.of("name", "Drafts",
                "parentId", folder.get("id").asText())), null));
        place(folder, upload(staff, "signed.txt", "Signed version"));
        place(drafts, upload(staff, "draft.txt", "Draft one"));
        place(drafts, upload(staff, "draft.txt", "Draft two, same name"));

        HttpResponse<byte[]> zip = api.bytes("GET", "/api/v1/folders/" + folder.get("id").asText() + "/archive",
                staff, null);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        Map<String, String> entries = unzip(zip.body());
        assertThat(entries).containsEntry("Contrats/signed.txt", "Signed version");
        assertThat(entries.keySet()).containsExactlyInAnyOrder("Contrats/signed.txt", "Contrats/Drafts/draft.txt",
                "Contrats/Drafts/draft (2).txt");
        assertThat(entries.values()).contains("Draft one", "Draft two, same name");

        HttpResponse<byte[]> refused = api.bytes("POST", files("/files/archive"), staff,
                "{\"fileIds\":[\"" + UUID.randomUUID() + "\"]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("unknown-file");
    }

    @Test
    void a_new_version_keeps_the_earlier_one_for_staff_and_the_requester_gets_the_current_one() {
        JsonNode folder = created(api.post(files("/folders"), staff, "{\"name\":\"NDA\"}", null));
        String file = upload(staff, "nda.txt", "Draft 1");
        place(folder, file);
        ok(api.put("/api/v1/folders/" + folder.get("id").asText() + "/visibility", staff,
                "{\"visibility\":\"VISIBLE\"}"));
        JsonNode second = created(api.post("/api/v1/files/" + file + "/versions", staff,
                ApiClient.toJson(Map.of("uploadId", upload(staff, "nda v2.txt", "Draft 2"))), null));
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("filename").asText()).as("the file keeps its name").isEqualTo("nda.txt");

        JsonNode versions = ok(api.get("/api/v1/files/" + file + "/versions", staff));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("current").asBoolean()).isTrue();
        assertThat(versions.get(1).get("filename").asText()).isEqualTo("nda.txt");
        assertThat(api.get("/api/v1/files/" + file + "/versions/1/content", staff).body()).isEqualTo("Draft 1");
        assertThat(api.get("/api/v1/files/" + file + "/versions/2/content", staff).body()).isEqualTo("Draft 2");
        assertThat(api.get("/api/v1/attachments/" + file + "/content", portal).body()).isEqualTo("Draft 2");
        assertThat(api.get("/api/v1/files/" + file + "/versions/1/content", portal).statusCode())
                .as("earlier versions are for staff").isEqualTo(403);
        assertThat(api.get("/api/v1/files/" + file + "/versions/3/content", staff).statusCode()).isEqualTo(404);
    }

    @Test
    void deleted_items_are_gone_for_everyone_until_an_administrator_restores_them() {
        JsonNode folder = created(api.post(files("/folders"), staff, "{\"name\":\"Old\"}", null));
        String file = upload(staff, "old.txt", "Old file");
        place(folder, file);
        ok(api.put("/api/v1/folders/" + folder.get("id").asText() + "/visibility", staff,
                "{\"visibility\":\"VISIBLE\"}"));
        assertThat(api.call("DELETE", "/api/v1/folders/" + folder.get("id").asText(), staff, null).statusCode())
                .isEqualTo(204);
        assertThat(ok(api.get(files("/files"), staff)).toString()).doesNotContain("old.txt");
        assertThat(api.get("/api/v1/attachments/" + file + "/content", portal).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/attachments/" + file + "/content", staff).statusCode()).isEqualTo(404);

        assertThat(api.get(files("/files/deleted"), staff).statusCode()).as("restoring is for administrators")
                .isEqualTo(403);
        assertThat(api.post("/api/v1/folders/" + folder.get("id").asText() + "/restore", staff, "", null)
                .statusCode()).isEqualTo(403);
        String admin = api.token("admin@acme.test", "openid organization");
        assertThat(ok(api.get(files("/files/deleted"), admin)).toString()).contains("Old");
        ok(api.post("/api/v1/folders/" + folder.get("id").asText() + "/restore", admin, "", null));
        assertThat(byName(ok(api.get(files("/files"), staff)).get("files"), "old.txt").get("visibleToRequester")
                .asBoolean()).isTrue();
        assertThat(api.get("/api/v1/attachments/" + file + "/content", portal).body()).isEqualTo("Old file");
    }

    @Test
    void bad_changes_are_refused_on_their_field_and_change_nothing() {
        JsonNode folder = created(api.post(files("/folders"), staff, "{\"name\":\"Pièces\"}", null));
        String id = folder.get("id").asText();
        JsonNode sub = created(api.post(files("/folders"), staff, ApiClient.toJson(Map.of("name", "Sub",
                "parentId", id)), null));
        assertProblem(api.post(files("/folders"), staff, "{\"name\":\"pièces\"}", null), "name", "name-taken");
        assertProblem(api.post(files("/folders"), staff, "{\"name\":\"  \"}", null), "name", "required");
        assertProblem(api.post(files("/folders"), staff, "{\"name\":\"a/b\"}", null), "name", "invalid-name");
        assertProblem(api.call("PATCH", "/api/v1/folders/" + id, staff, ApiClient.toJson(Map.of("parentId",
                sub.get("id").asText()))), "parentId", "folder-into-itself");
        assertProblem(api.call("PATCH", "/api/v1/folders/" + id, staff, "{\"colour\":\"red\"}"), "colour",
                "unknown-property");
        assertProblem(api.put("/api/v1/folders/" + id + "/visibility", staff, "{}"), "visibility", "required");
        assertProblem(api.post(files("/files"), staff, ApiClient.toJson(Map.of("uploadIds",
                List.of(UUID.randomUUID().toString()))), null), "uploadId", "unknown-upload");
        String theirs = upload(portal, "theirs.txt", "Not the lawyer's upload");
        assertProblem(api.post(files("/files"), staff, ApiClient.toJson(Map.of("uploadIds", List.of(theirs))), null),
                "uploadId", "unknown-upload");
        JsonNode fromRequester = ok(api.get(files("/files"), staff)).get("folders");
        String kept = null;
        for (JsonNode f : fromRequester) {
            if (f.get("fromRequester").asBoolean()) {
                kept = f.get("id").asText();
            }
        }
        assertThat(kept).isNotNull();
        assertProblem(api.call("DELETE", "/api/v1/folders/" + kept, staff, null), "folderId", "kept-folder");

        JsonNode after = ok(api.get(files("/files"), staff));
        assertThat(after.get("folders")).hasSize(3);
        assertThat(after.get("files")).hasSize(1);
        var acme = directory.findBySlug("acme").orElseThrow();
        Long pending = TenantContext.call(new CurrentTenant(acme.id(), acme.slug()), () -> transactions.execute(s ->
                jdbc.queryForObject("select count(*) from attachment where id = ?::uuid and record_id is null",
                        Long.class, theirs)));
        assertThat(pending).as("a refused claim leaves the upload pending").isEqualTo(1L);
    }

    @Test
    void another_tenants_records_folders_and_files_are_404_on_every_endpoint() {
        JsonNode folder = created(api.post(files("/folders"), staff, "{\"name\":\"Acme only\"}", null));
        String folderId = folder.get("id").asText();
        String file = upload(staff, "acme.txt", "Acme's file");
        place(folder, file);
        String globex = api.token("lawyer@globex.test", "openid organization");
        String globexUpload = upload(globex, "globex.txt", "Globex upload");
        List<HttpResponse<?>> answers = new ArrayList<>();
        answers.add(api.get(files("/files"), globex));
        answers.add(api.post(files("/folders"), globex, "{\"name\":\"x\"}", null));
        answers.add(api.post(files("/files"), globex, ApiClient.toJson(Map.of("uploadIds", List.of(globexUpload))),
                null));
        answers.add(api.get(files("/sharing-log"), globex));
        answers.add(api.bytes("GET", files("/sharing-log/export"), globex, null));
        answers.add(api.bytes("POST", files("/files/archive"), globex, "{\"fileIds\":[\"" + file + "\"]}"));
        answers.add(api.call("PATCH", "/api/v1/folders/" + folderId, globex, "{\"name\":\"y\"}"));
        answers.add(api.put("/api/v1/folders/" + folderId + "/visibility", globex, "{\"visibility\":\"VISIBLE\"}"));
        answers.add(api.call("DELETE", "/api/v1/folders/" + folderId, globex, null));
        answers.add(api.bytes("GET", "/api/v1/folders/" + folderId + "/archive", globex, null));
        answers.add(api.call("PATCH", "/api/v1/files/" + file, globex, "{\"name\":\"y\"}"));
        answers.add(api.put("/api/v1/files/" + file + "/visibility", globex, "{\"visibility\":\"VISIBLE\"}"));
        answers.add(api.call("DELETE", "/api/v1/files/" + file, globex, null));
        answers.add(api.get("/api/v1/files/" + file + "/versions", globex));
        answers.add(api.post("/api/v1/files/" + file + "/versions", globex, ApiClient.toJson(Map.of("uploadId",
                globexUpload)), null));
        answers.add(api.bytes("GET", "/api/v1/files/" + file + "/versions/1/content", globex, null));
        answers.add(api.get("/api/v1/attachments/" + file + "/content", globex));
        String globexAdmin = api.token("admin@globex.test", "openid organization");
        answers.add(api.get(files("/files/deleted"), globexAdmin));
        answers.add(api.post("/api/v1/folders/" + folderId + "/restore", globexAdmin, "", null));
        answers.add(api.post("/api/v1/files/" + file + "/restore", globexAdmin, "", null));
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.statusCode()).as(a.request().method() + " " + a.uri()).isEqualTo(404);
            assertThat(a.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                    assertThat(v).startsWith("application/problem+json"));
        });
        JsonNode after = ok(api.get(files("/files"), staff));
        assertThat(byName(after.get("files"), "acme.txt").get("visibleToRequester").asBoolean()).isFalse();
        assertThat(after.toString()).doesNotContain("\"y\"").doesNotContain("globex.txt");
    }

    private String files(String part) {
        return "/api/v1/records/" + matter + part;
    }

    private String upload(String token, String name, String text) {
        HttpResponse<String> uploaded = api.upload("/api/v1/uploads", token, name,
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return ApiClient.json(uploaded.body()).get("id").asText();
    }

    private void place(JsonNode folder, String upload) {
        created(api.post(files("/files"), staff, ApiClient.toJson(Map.of("folderId", folder.get("id").asText(),
                "uploadIds", List.of(upload))), null));
    }

    private static JsonNode byName(JsonNode files, String name) {
        for (JsonNode f : files) {
            if (f.get("filename").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("No file " + name + " in " + files);
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response.body());
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, String field, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v).startsWith("application/problem+json"));
        JsonNode error = ApiClient.json(response.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("code").asText()).isEqualTo(code);
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
