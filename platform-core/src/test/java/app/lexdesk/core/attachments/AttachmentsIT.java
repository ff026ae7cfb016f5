package app.lexdesk.core.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.core.testing.EventListeners;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

@CoreIntegrationTest
class AttachmentsIT {

    final ApiClient api = new ApiClient(DevServices.forTests());
    @Autowired TenantDirectory directory;
    @Autowired app.lexdesk.core.attachments.internal.RecordFileQueries fileQueries;
    @Autowired app.lexdesk.core.records.RecordDirectory recordDirectory;
    @Autowired ObjectStorage storage;
    @Autowired AttachmentService attachmentService;
    @Autowired RecordFileService recordFiles;
    @Autowired app.lexdesk.core.attachments.internal.AbandonedUploadSweeper sweeper;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    /** A tenant's upload limit is platform data: only the platform role changes it, as an operator would. */
    final JdbcTemplate platform = platformRole();

    @Test
    void a_file_is_stored_with_its_detected_type_and_hash_and_attached_to_the_request() throws Exception {
        String token = token("requester@client.test");
        byte[] pdf = "%PDF-1.7\n% Lettre de mise en demeure\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = api.upload("/api/v1/uploads", token, "lettre.txt", pdf);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode file = ApiClient.json(uploaded.body());
        assertThat(file.get("contentType").asText()).as("type from the bytes, not the name").isEqualTo("application/pdf");
        assertThat(file.get("filename").asText()).as("the extension agrees with the type").isEqualTo("lettre.pdf");
        assertThat(file.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));

        HttpResponse<String> created = api.post("/api/v1/requests", token, ApiClient.toJson(Map.of("type",
                "other-legal-question", "subject", "Mise en demeure", "attachments", List.of(file.get("id").asText()))), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = inAcme(() -> jdbc.queryForObject("""
                select a.storage_key from attachment a join matter m on m.id = a.record_id
                join request r on r.id = m.request_id
                where r.reference = ? and a.from_requester""", String.class,
                ApiClient.json(created.body()).get("reference").asText()));
        byte[] stored = TenantContext.call(acme(), () -> {
            try (InputStream in = storage.open(key).orElseThrow()) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(stored).isEqualTo(pdf);
    }

    @Test
    void empty_oversized_and_executable_files_are_refused_and_nothing_is_kept() {
        String token = token("requester@client.test");
        long before = attachments();
        assertRefused(api.upload("/api/v1/uploads", token, "empty.pdf", new byte[0]), "empty-file");
        assertRefused(api.upload("/api/v1/uploads", token, "setup.pdf", "MZ\u0090\u0000binary".getBytes(StandardCharsets.ISO_8859_1)),
                "file-type-not-allowed");
        platform.update("update tenant set max_upload_bytes = 1024 where slug = 'acme'");
        try {
            assertRefused(api.upload("/api/v1/uploads", token, "big.txt", "x".repeat(2048).getBytes()), "too-large");
        } finally {
            platform.update("update tenant set max_upload_bytes = 104857600 where slug = 'acme'");
        }
        assertThat(attachments()).isEqualTo(before);
    }

    @Test
    void another_requesters_upload_cannot_be_claimed_and_the_request_is_not_stored() {
        JsonNode theirs = ApiClient.json(api.upload("/api/v1/uploads", token("colleague@client.test"), "note.txt",
                "confidential".getBytes()).body());
        long requests = inAcme(() -> jdbc.queryForObject("select count(*) from request", Long.class));
        HttpResponse<String> response = api.post("/api/v1/requests", token("requester@client.test"), ApiClient.toJson(
                Map.of("type", "other-legal-question", "subject", "Borrowing a file",
                        "attachments", List.of(theirs.get("id").asText()))), null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("attachments[0]").contains("unknown-upload");
        assertThat(inAcme(() -> jdbc.queryForObject("select count(*) from request", Long.class))).isEqualTo(requests);
        UUID id = UUID.fromString(theirs.get("id").asText());
        assertThat(inAcme(() -> jdbc.queryForObject("select record_id from attachment where id = ?", UUID.class, id))).isNull();
    }

    @Test
    void files_of_one_tenant_are_invisible_to_another() {
        JsonNode file = ApiClient.json(api.upload("/api/v1/uploads", token("requester@client.test"), "acme.txt",
                "acme only".getBytes()).body());
        UUID id = UUID.fromString(file.get("id").asText());
        var globex = directory.findBySlug("globex").orElseThrow();
        Long seen = TenantContext.call(new CurrentTenant(globex.id(), globex.slug()), () -> transactions.execute(s ->
                jdbc.queryForObject("select count(*) from attachment where id = ?", Long.class, id)));
        assertThat(seen).isZero();
        String key = inAcme(() -> jdbc.queryForObject("select storage_key from attachment where id = ?", String.class, id));
        assertThat(TenantContext.call(new CurrentTenant(globex.id(), globex.slug()), () -> storage.open(key))).isEmpty();
    }

    @Test
    void a_file_staff_hid_stays_hidden_from_the_requester() {
        String token = token("requester@client.test");
        JsonNode visible = ApiClient.json(api.upload("/api/v1/uploads", token, "visible.txt", "for everyone".getBytes()).body());
        JsonNode hidden = ApiClient.json(api.upload("/api/v1/uploads", token, "hidden.txt", "staff only later".getBytes()).body());
        JsonNode created = ApiClient.json(api.post("/api/v1/requests", token, ApiClient.toJson(Map.of("type",
                "other-legal-question", "subject", "Two files", "attachments", List.of(visible.get("id").asText(),
                        hidden.get("id").asText()))), null).body());
        UUID requestId = recordOf(created.get("reference").asText());
        as("lawyer@acme.test", Role.LEGAL_STAFF, () -> recordFiles.setFileVisibility(
                UUID.fromString(hidden.get("id").asText()), FileVisibility.HIDDEN));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as("requester@client.test", Role.PORTAL_USER,
                () -> recordFiles.setFileVisibility(UUID.fromString(hidden.get("id").asText()), FileVisibility.VISIBLE)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        EventListeners.awaitCompletion(jdbc);
        assertThat(inAcme(() -> jdbc.queryForObject("select count(*) from activity where record_id = ? and action = "
                + "'attachment.hidden' and not visible_to_portal", Long.class, requestId))).isEqualTo(1);

        List<String> requesterSees = as("requester@client.test", Role.PORTAL_USER, () -> attachmentService.of(requestId))
                .stream().map(AttachmentSummary::filename).toList();
        List<String> staffSees = as("lawyer@acme.test", Role.LEGAL_STAFF, () -> attachmentService.of(requestId))
                .stream().map(AttachmentSummary::filename).toList();
        assertThat(requesterSees).containsExactly("visible.txt");
        assertThat(as("colleague@client.test", Role.PORTAL_USER, () -> attachmentService.of(requestId)))
                .as("another requester of the same company sees nothing").isEmpty();
        assertThat(staffSees).containsExactlyInAnyOrder("visible.txt", "hidden.txt");
    }

    @Test
    void downloads_follow_who_may_see_a_file_and_each_one_is_recorded_for_the_legal_team() {
        String requester = token("requester@client.test");
        JsonNode shared = ApiClient.json(api.upload("/api/v1/uploads", requester, "contrat signé.txt",
                "Contrat signé le 3 mars".getBytes(java.nio.charset.StandardCharsets.UTF_8)).body());
        JsonNode withheld = ApiClient.json(api.upload("/api/v1/uploads", requester, "note.txt",
                "Will be withheld".getBytes()).body());
        String reference = ApiClient.json(api.post("/api/v1/requests", requester, ApiClient.toJson(Map.of("type",
                "other-legal-question", "subject", "Files to read", "attachments", List.of(shared.get("id").asText(),
                        withheld.get("id").asText()))), null).body()).get("reference").asText();
        UUID requestId = recordOf(reference);
        as("lawyer@acme.test", Role.LEGAL_STAFF, () -> recordFiles.setFileVisibility(
                UUID.fromString(withheld.get("id").asText()), FileVisibility.HIDDEN));
        String lawyer = token("lawyer@acme.test");

        // The request names its files with where to fetch them; the requester is never told about the other one.
        JsonNode requesterView = ApiClient.json(api.get("/api/v1/requests/" + reference, requester).body());
        assertThat(requesterView.get("files")).hasSize(1);
        assertThat(requesterView.get("files").get(0).get("filename").asText()).isEqualTo("contrat signé.txt");
        assertThat(requesterView.get("files").get(0).has("visibleToPortal")).isFalse();
        JsonNode staffView = ApiClient.json(api.get("/api/v1/requests/" + reference, lawyer).body());
        assertThat(staffView.get("files")).hasSize(2);
        assertThat(staffView.toString()).contains("\"visibleToPortal\":false");

        String sharedHref = requesterView.get("files").get(0).get("href").asText();
        HttpResponse<String> download = api.get(sharedHref, requester);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("Contrat signé le 3 mars");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                .contains("filename*=UTF-8''contrat%20sign%C3%A9.txt");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        String withheldHref = "/api/v1/attachments/" + withheld.get("id").asText() + "/content";
        assertNotFound(api.get(withheldHref, requester));
        assertNotFound(api.get(sharedHref, token("colleague@client.test")));
        assertNotFound(api.get(sharedHref, token("lawyer@globex.test")));
        assertNotFound(api.get("/api/v1/attachments/" + UUID.randomUUID() + "/content", lawyer));
        String pending = ApiClient.json(api.upload("/api/v1/uploads", requester, "draft.txt", "not sent yet".getBytes())
                .body()).get("id").asText();
        assertNotFound(api.get("/api/v1/attachments/" + pending + "/content", requester));
        assertNotFound(api.get("/api/v1/attachments/" + pending + "/content", lawyer));
        EventListeners.awaitCompletion(jdbc);
        assertThat(inAcme(() -> jdbc.queryForObject("select count(*) from activity where record_id = ? and action = "
                + "'attachment.downloaded'", Long.class, requestId))).as("refusals record nothing").isEqualTo(1);
        HttpResponse<String> staffDownload = api.get(withheldHref, lawyer);
        assertThat(staffDownload.statusCode()).isEqualTo(200);
        assertThat(staffDownload.body()).isEqualTo("Will be withheld");
        EventListeners.awaitCompletion(jdbc);

        assertThat(inAcme(() -> jdbc.queryForList("select a.after ->> 'file' from activity a where a.record_id = ? "
                + "and a.action = 'attachment.downloaded' and not a.visible_to_portal order by a.at", String.class,
                requestId))).containsExactly("contrat signé.txt", "note.txt");
    }

    @Test
    void a_name_that_tries_to_add_a_parameter_is_downloaded_under_one_safe_header() {
        String requester = token("requester@client.test");
        String name = "lettre\"; filename*=UTF-8''pwned.txt";
        HttpResponse<String> uploaded = api.uploadPart("/api/v1/uploads", requester, "filename=\"fallback.txt\"; "
                + "filename*=UTF-8''" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"),
                "Contenu de la lettre".getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode file = ApiClient.json(uploaded.body());
        assertThat(file.get("filename").asText()).as("as received").contains("filename*=").doesNotContain("\"", ";");
        String reference = ApiClient.json(api.post("/api/v1/requests", requester, ApiClient.toJson(Map.of("type",
                "other-legal-question", "subject", "A tricky name", "attachments", List.of(file.get("id").asText()))),
                null).body()).get("reference").asText();
        String href = ApiClient.json(api.get("/api/v1/requests/" + reference, requester).body()).get("files").get(0)
                .get("href").asText();

        HttpResponse<String> download = api.get(href, requester);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("Contenu de la lettre");
        String header = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(header).matches("attachment; filename=\"[A-Za-z0-9 ._\\-()+,@&=!~\\[\\]]+\"; "
                + "filename\\*=UTF-8''[A-Za-z0-9!#$&+\\-.^_`|~%]+").containsOnlyOnce("filename*=")
                .containsOnlyOnce("filename=");
        assertThat(header).isEqualTo(FileNames.contentDisposition(file.get("filename").asText()));
    }

    @Test
    void an_upload_is_stopped_while_it_streams_once_it_passes_the_tenants_limit() {
        platform.update("update tenant set max_upload_bytes = 1048576 where slug = 'acme'");
        long before = attachments();
        GeneratedBytes source = new GeneratedBytes(50L * 1024 * 1024);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> as("requester@client.test", Role.PORTAL_USER,
                    () -> attachmentService.upload("big.pdf", -1, source)))
                    .isInstanceOf(UploadRefusedException.class)
                    .extracting(e -> ((UploadRefusedException) e).code()).isEqualTo("too-large");
        } finally {
            platform.update("update tenant set max_upload_bytes = 104857600 where slug = 'acme'");
        }
        assertThat(source.read).as("read no further than the limit and a buffer").isLessThan(2L * 1024 * 1024);
        assertThat(attachments()).isEqualTo(before);
    }

    @Test
    void a_file_that_is_not_the_size_it_declared_is_not_kept() {
        long before = attachments();
        for (long declared : new long[] {100, 10}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> as("requester@client.test", Role.PORTAL_USER,
                    () -> attachmentService.upload("short.txt", declared, new java.io.ByteArrayInputStream(
                            "fifty bytes of text, more or less, to be counted.".getBytes()))))
                    .isInstanceOf(UploadRefusedException.class)
                    .extracting(e -> ((UploadRefusedException) e).code()).isEqualTo("upload-failed");
        }
        assertThat(attachments()).isEqualTo(before);
    }

    @Test
    void a_member_over_the_pending_upload_quota_is_refused_before_and_while_streaming(
            @Autowired app.lexdesk.core.attachments.internal.AttachmentRepository repository,
            @Autowired org.springframework.context.ApplicationEventPublisher events,
            @Autowired app.lexdesk.core.fairuse.RateLimits rateLimits) {
        String email = "colleague@client.test";
        UUID person = inAcme(() -> jdbc.queryForObject("select id from person where email = ?", UUID.class, email));
        long files = inAcme(() -> jdbc.queryForObject("select count(*) from attachment where uploaded_by = ? and "
                + "record_id is null", Long.class, person));
        long bytes = inAcme(() -> jdbc.queryForObject("select coalesce(sum(size_bytes), 0) from attachment where "
                + "uploaded_by = ? and record_id is null", Long.class, person));
        AttachmentService byFiles = new AttachmentService(storage, repository, fileQueries, recordDirectory, directory, transactions, events,
                rateLimits, java.util.Optional.empty(), new PendingUploadQuota((int) files + 1,
                        org.springframework.util.unit.DataSize.ofTerabytes(1)));
        AttachmentService byBytes = new AttachmentService(storage, repository, fileQueries, recordDirectory, directory, transactions, events,
                rateLimits, java.util.Optional.empty(), new PendingUploadQuota(1_000_000,
                        org.springframework.util.unit.DataSize.ofBytes(bytes + 100)));

        assertThat(as(email, Role.PORTAL_USER, () -> byFiles.upload("one.txt", -1,
                new java.io.ByteArrayInputStream("the last one allowed".getBytes()))).filename()).isEqualTo("one.txt");
        long before = attachments();
        assertThatRefused(() -> as(email, Role.PORTAL_USER, () -> byFiles.upload("two.txt", -1,
                new java.io.ByteArrayInputStream("one too many".getBytes()))), "pending-quota");
        assertThatRefused(() -> as(email, Role.PORTAL_USER, () -> byBytes.upload("large.txt", -1,
                new java.io.ByteArrayInputStream("x".repeat(200).getBytes()))), "pending-quota");
        assertThat(attachments()).isEqualTo(before);
    }

    private static void assertThatRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call).isInstanceOf(UploadRefusedException.class)
                .hasMessageContaining("not yet sent")
                .extracting(e -> ((UploadRefusedException) e).code()).isEqualTo(code);
    }

    /** Text bytes made as they are read, counting how many were. */
    static final class GeneratedBytes extends InputStream {
        private final long size;
        long read;

        GeneratedBytes(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read < size ? "abcdefgh\n".charAt((int) (read++ % 9)) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) "abcdefgh\n".charAt((int) ((read + i) % 9));
            }
            read += n;
            return n;
        }
    }

    /** The record opened from a request: a request's files are its record's. */
    private UUID recordOf(String requestReference) {
        return inAcme(() -> jdbc.queryForObject("select m.id from matter m join request r on r.id = m.request_id "
                + "where r.reference = ?", UUID.class, requestReference));
    }

    private static JdbcTemplate platformRole() {
        Map<String, String> p = DevServices.forTests().platformDatabaseProperties();
        return new JdbcTemplate(new DriverManagerDataSource(p.get("lexdesk.platform.datasource.url"),
                p.get("lexdesk.platform.datasource.username"), p.get("lexdesk.platform.datasource.password")));
    }

    private static void assertNotFound(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    private <T> T as(String email, Role role, java.util.function.Supplier<T> work) {
        UUID person = inAcme(() -> jdbc.queryForObject("select id from person where email = ?", UUID.class, email));
        TenantMember member = new TenantMember(acme(), "ACME Legal", person, email, email, java.util.Set.of(role));
        try (var ignored = TenantContext.open(member)) {
            return work.get();
        }
    }

    @Test
    void uploads_no_request_claimed_are_swept_with_their_objects() {
        JsonNode file = ApiClient.json(api.upload("/api/v1/uploads", token("other@rival.test"), "forgotten.txt",
                "never submitted".getBytes()).body());
        UUID id = UUID.fromString(file.get("id").asText());
        String key = inAcme(() -> jdbc.queryForObject("select storage_key from attachment where id = ?", String.class, id));
        inAcme(() -> jdbc.update("update attachment set uploaded_at = now() - interval '2 days' where id = ?", id));
        assertThat(sweeper.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(inAcme(() -> jdbc.queryForObject("select count(*) from attachment where id = ?", Long.class, id))).isZero();
        assertThat(TenantContext.call(acme(), () -> storage.open(key))).isEmpty();
    }

    private static void assertRefused(HttpResponse<String> response, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.json(response.body()).get("errors").get(0).get("code").asText()).isEqualTo(code);
    }

    private long attachments() {
        return inAcme(() -> jdbc.queryForObject("select count(*) from attachment", Long.class));
    }

    private String token(String email) {
        return api.token(email, "openid organization");
    }

    private CurrentTenant acme() {
        var t = directory.findBySlug("acme").orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private <T> T inAcme(java.util.function.Supplier<T> work) {
        return TenantContext.call(acme(), () -> transactions.execute(s -> work.get()));
    }
}
