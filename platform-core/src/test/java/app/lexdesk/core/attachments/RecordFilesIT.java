package app.lexdesk.core.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record files' rules on PostgreSQL and S3: what the requester sees by the folder rule (a table of cases, read
 * by staff's list, the requester's list and the download check alike), restorable deletion and the purge that
 * removes the stored objects, and versions.
 */
@CoreIntegrationTest
class RecordFilesIT {

    final ApiClient api = new ApiClient(DevServices.forTests());
    @Autowired RecordFileService files;
    @Autowired AttachmentService attachments;
    @Autowired FileDownloads downloads;
    @Autowired app.lexdesk.core.activity.SharingLog sharingLog;
    @Autowired ObjectStorage storage;
    @Autowired app.lexdesk.core.attachments.internal.DeletedFilePurge purge;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    UUID matter;

    @BeforeEach
    void aPortalMatter() {
        String token = api.token("requester@client.test", "openid organization");
        String reference = ApiClient.json(api.post("/api/v1/requests", token, ApiClient.toJson(Map.of(
                "type", "other-legal-question", "subject", "Visibility cases")), null).body()).get("reference").asText();
        matter = inAcme(() -> jdbc.queryForObject("select m.id from matter m join request r on r.id = m.request_id "
                + "where r.reference = ?", UUID.class, reference));
    }

    @ParameterizedTest(name = "folder {0}, file {1}: requester sees it {2}, decided by {3}")
    @CsvSource({
            "FOLLOW_FOLDER, FOLLOW_FOLDER, false, DEFAULT",
            "FOLLOW_FOLDER, VISIBLE,       true,  ITEM",
            "FOLLOW_FOLDER, HIDDEN,        false, ITEM",
            "VISIBLE,       FOLLOW_FOLDER, true,  FOLDER",
            "VISIBLE,       VISIBLE,       true,  ITEM",
            "VISIBLE,       HIDDEN,        false, ITEM",
            "HIDDEN,        FOLLOW_FOLDER, false, FOLDER",
            "HIDDEN,        VISIBLE,       true,  ITEM",
            "HIDDEN,        HIDDEN,        false, ITEM"})
    void a_file_follows_its_folder_unless_it_says_otherwise(FileVisibility folderSetting, FileVisibility fileSetting,
            boolean visible, VisibilitySource source) {
        String folderName = "Case " + folderSetting + " " + fileSetting;
        UUID folder = asLawyer(() -> files.createFolder(matter, null, folderName)).id();
        UUID file = staffFile(folder, "case.txt", "case content");
        asLawyer(() -> files.setFolderVisibility(folder, folderSetting));
        asLawyer(() -> files.setFileVisibility(file, fileSetting));

        RecordFileSummary staffSees = asLawyer(() -> files.of(matter)).files().stream()
                .filter(f -> f.id().equals(file)).findFirst().orElseThrow();
        assertThat(staffSees.visibleToRequester()).isEqualTo(visible);
        assertThat(staffSees.source()).isEqualTo(source);
        assertThat(staffSees.setting()).isEqualTo(fileSetting);
        assertThat(staffSees.decidedBy()).isEqualTo(source == VisibilitySource.FOLDER ? folderName : null);

        Optional<PortalFile> requesterSees = asRequester(() -> files.visibleToRequester(matter)).stream()
                .filter(f -> f.id().equals(file)).findFirst();
        assertThat(requesterSees.isPresent()).as("the requester's list").isEqualTo(visible);
        requesterSees.ifPresent(f -> assertThat(f.folder()).as("a hidden folder's name is never shown")
                .isEqualTo(folderSetting == FileVisibility.VISIBLE ? folderName : ""));
        Optional<AttachmentContent> opened = asRequester(() -> attachments.open(file));
        opened.ifPresent(RecordFilesIT::close);
        assertThat(opened.isPresent()).as("the requester's download").isEqualTo(visible);
        assertThat(asColleague(() -> files.visibleToRequester(matter))).as("another requester sees nothing").isEmpty();
    }

    @Test
    void a_folder_passes_its_setting_down_through_subfolders_until_one_says_otherwise() {
        UUID top = asLawyer(() -> files.createFolder(matter, null, "Procédure")).id();
        UUID follows = asLawyer(() -> files.createFolder(matter, top, "Conclusions")).id();
        UUID hides = asLawyer(() -> files.createFolder(matter, top, "Notes internes")).id();
        UUID shown = staffFile(follows, "conclusions.txt", "shown");
        UUID kept = staffFile(hides, "memo.txt", "kept");
        UUID loose = staffFile(null, "loose.txt", "top level, not shared");
        asLawyer(() -> files.setFolderVisibility(top, FileVisibility.VISIBLE));
        asLawyer(() -> files.setFolderVisibility(hides, FileVisibility.HIDDEN));

        List<RecordFileSummary> staffSees = asLawyer(() -> files.of(matter)).files();
        RecordFileSummary conclusions = staffSees.stream().filter(f -> f.id().equals(shown)).findFirst().orElseThrow();
        assertThat(conclusions.visibleToRequester()).isTrue();
        assertThat(conclusions.decidedBy()).isEqualTo("Procédure");
        assertThat(conclusions.path()).isEqualTo("Procédure / Conclusions");
        assertThat(staffSees.stream().filter(f -> f.id().equals(kept)).findFirst().orElseThrow().decidedBy())
                .isEqualTo("Notes internes");
        assertThat(asRequester(() -> files.visibleToRequester(matter))).extracting(PortalFile::id)
                .contains(shown).doesNotContain(kept, loose);
        assertThat(asRequester(() -> files.visibleToRequester(matter))).filteredOn(f -> f.id().equals(shown))
                .extracting(PortalFile::folder).containsExactly("Procédure / Conclusions");
    }

    @Test
    void a_visibility_change_says_which_files_the_requester_gained_or_lost() {
        UUID folder = asLawyer(() -> files.createFolder(matter, null, "Partagé")).id();
        UUID a = staffFile(folder, "a.txt", "a");
        UUID b = staffFile(folder, "b.txt", "b");
        asLawyer(() -> files.setFileVisibility(b, FileVisibility.HIDDEN));
        asLawyer(() -> files.setFolderVisibility(folder, FileVisibility.VISIBLE));
        app.lexdesk.core.testing.EventListeners.awaitCompletion(jdbc);
        List<app.lexdesk.core.activity.SharingLogEntry> log = asLawyer(() -> sharingLog.of(matter));
        assertThat(log).hasSize(2);
        assertThat(log.get(0).folder()).isTrue();
        assertThat(log.get(0).item()).isEqualTo("Partagé");
        assertThat(log.get(0).before()).isEqualTo("FOLLOW_FOLDER");
        assertThat(log.get(0).after()).isEqualTo("VISIBLE");
        assertThat(log.get(0).shared()).as("b.txt stays hidden: it says so itself").containsExactly("a.txt");
        assertThat(log.get(0).hidden()).isEmpty();
        assertThat(log.get(1).item()).isEqualTo("b.txt");
        assertThat(log.get(1).shared()).isEmpty();
        assertThat(log.get(1).hidden()).as("b.txt was not visible before either").isEmpty();
        assertThat(log.get(0).actorName()).isNotBlank();
    }

    @Test
    void a_deleted_folder_is_restored_whole_by_an_administrator_and_purged_with_its_objects_after_30_days() {
        UUID folder = asLawyer(() -> files.createFolder(matter, null, "Archive")).id();
        UUID sub = asLawyer(() -> files.createFolder(matter, folder, "Old drafts")).id();
        UUID file = staffFile(sub, "draft.txt", "version one");
        asLawyer(() -> files.addVersion(file, pendingUpload("draft.txt", "version two")));
        asLawyer(() -> {
            files.deleteFolder(folder);
            return null;
        });
        assertThat(asLawyer(() -> files.of(matter)).folders()).extracting(FolderSummary::name)
                .doesNotContain("Archive", "Old drafts");
        assertThat(asLawyer(() -> attachments.open(file))).isEmpty();
        assertThatThrownBy(() -> asLawyer(() -> files.restoreFolder(folder)))
                .isInstanceOf(AccessDeniedException.class);

        asAdmin(() -> files.restoreFolder(folder));
        assertThat(asLawyer(() -> files.of(matter)).files()).extracting(RecordFileSummary::id).contains(file);
        assertThat(asLawyer(() -> files.of(matter)).folders()).extracting(FolderSummary::path)
                .contains("Archive / Old drafts");

        asLawyer(() -> {
            files.deleteFolder(folder);
            return null;
        });
        List<String> keys = inAcme(() -> jdbc.queryForList("select storage_key from attachment where id = ? union all "
                + "select storage_key from attachment_version where attachment_id = ?", String.class, file, file));
        assertThat(keys).hasSize(2);
        assertThat(purge.purge()).as("nothing is purged inside the 30 days").isZero();
        inAcme(() -> jdbc.update("update attachment set deleted_at = now() - interval '31 days' where id = ?", file));
        inAcme(() -> jdbc.update("update record_folder set deleted_at = now() - interval '31 days' where id in (?, ?)",
                folder, sub));
        assertThatThrownBy(() -> asAdmin(() -> files.restoreFolder(folder)))
                .as("past the window, nothing is restored while the purge may be removing it")
                .isInstanceOf(java.util.NoSuchElementException.class);

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);
        assertThat(inAcme(() -> jdbc.queryForObject("select count(*) from attachment where id = ?", Long.class, file)))
                .isZero();
        assertThat(inAcme(() -> jdbc.queryForObject("select count(*) from attachment_version where attachment_id = ?",
                Long.class, file))).isZero();
        assertThat(inAcme(() -> jdbc.queryForObject("select count(*) from record_folder where id in (?, ?)",
                Long.class, folder, sub))).isZero();
        for (String key : keys) {
            assertThat(TenantContext.call(acme(), () -> storage.open(key))).as("stored object " + key).isEmpty();
        }
    }

    @Test
    void a_deleted_file_whose_folder_is_gone_is_restored_at_the_top_level() {
        UUID folder = asLawyer(() -> files.createFolder(matter, null, "Temporary")).id();
        UUID file = staffFile(folder, "keep.txt", "keep me");
        asLawyer(() -> {
            files.deleteFile(file);
            files.deleteFolder(folder);
            return null;
        });
        assertThat(asAdmin(() -> files.deleted(matter))).extracting(DeletedItem::name).contains("keep.txt",
                "Temporary");
        RecordFileSummary restored = asAdmin(() -> files.restoreFile(file));
        assertThat(restored.folderId()).isNull();
        assertThat(restored.path()).isEmpty();
    }

    @Test
    void versions_are_kept_and_each_downloads_its_own_bytes() throws IOException {
        UUID file = staffFile(null, "contract.txt", "first draft");
        asLawyer(() -> files.addVersion(file, pendingUpload("contract-v2.txt", "second draft")));
        RecordFileSummary third = asLawyer(() -> files.addVersion(file, pendingUpload("contract-v3.txt",
                "third draft")));
        assertThat(third.version()).isEqualTo(3);
        assertThat(third.filename()).isEqualTo("contract.txt");
        assertThat(asLawyer(() -> files.versions(file))).extracting(FileVersion::version).containsExactly(3, 2, 1);
        for (int v = 1; v <= 3; v++) {
            int version = v;
            try (AttachmentContent content = asLawyer(() -> downloads.openVersion(file, version)).orElseThrow()) {
                assertThat(new String(content.content().readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(List.of("first draft", "second draft", "third draft").get(v - 1));
            }
        }
        assertThat(asRequester(() -> {
            assertThatThrownBy(() -> downloads.openVersion(file, 1)).isInstanceOf(AccessDeniedException.class);
            return true;
        })).isTrue();
    }

    private UUID staffFile(UUID folder, String name, String text) {
        UUID upload = pendingUpload(name, text);
        return asLawyer(() -> files.add(matter, folder, List.of(upload))).get(0).id();
    }

    private UUID pendingUpload(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return asLawyer(() -> attachments.upload(name, bytes.length, new ByteArrayInputStream(bytes))).id();
    }

    private static void close(AttachmentContent content) {
        try {
            content.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T asLawyer(Supplier<T> work) {
        return as("lawyer@acme.test", Role.LEGAL_STAFF, work);
    }

    private <T> T asAdmin(Supplier<T> work) {
        return as("admin@acme.test", Role.TENANT_ADMIN, work);
    }

    private <T> T asRequester(Supplier<T> work) {
        return as("requester@client.test", Role.PORTAL_USER, work);
    }

    private <T> T asColleague(Supplier<T> work) {
        return as("colleague@client.test", Role.PORTAL_USER, work);
    }

    private <T> T as(String email, Role role, Supplier<T> work) {
        UUID person = inAcme(() -> jdbc.queryForObject("select id from person where email = ?", UUID.class, email));
        TenantMember member = new TenantMember(acme(), "ACME Legal", person, email, email, Set.of(role));
        try (var ignored = TenantContext.open(member)) {
            return work.get();
        }
    }

    private CurrentTenant acme() {
        var t = directory.findBySlug("acme").orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private <T> T inAcme(Supplier<T> work) {
        return TenantContext.call(acme(), () -> transactions.execute(s -> work.get()));
    }
}
