package app.lexdesk.ui.backoffice.files;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.activity.SharingLog;
import app.lexdesk.core.activity.SharingLogEntry;
import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.attachments.DeletedItem;
import app.lexdesk.core.attachments.FileDownloads;
import app.lexdesk.core.attachments.FileVersion;
import app.lexdesk.core.attachments.FileVisibility;
import app.lexdesk.core.attachments.FolderSummary;
import app.lexdesk.core.attachments.InvalidFileChangeException;
import app.lexdesk.core.attachments.RecordFileService;
import app.lexdesk.core.attachments.RecordFileSummary;
import app.lexdesk.core.attachments.RecordFiles;
import app.lexdesk.core.attachments.VisibilitySource;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.common.EnglishDefaults;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import app.lexdesk.ui.common.MemberCheck;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Files tab without a browser: every row says in words what the requester sees and why, the rows they see carry
 * the green stripe, the core's refusal of a name shows on the name, sharing waits for a confirmation, versions and the
 * sharing log read as they should, and only administrators reach what was deleted.
 */
class FilesPanelTest {

    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    final RecordFileService files = mock(RecordFileService.class);
    final AttachmentService attachments = mock(AttachmentService.class);
    final FileLinks links = mock(FileLinks.class);
    final SharingLog sharingLog = mock(SharingLog.class);
    final MemberCheck check = mock(MemberCheck.class);
    final UUID record = UUID.randomUUID();
    final List<FolderSummary> folders = new ArrayList<>();
    final List<RecordFileSummary> stored = new ArrayList<>();

    // Contracts is shared; Drafts inside it follows it; Internal is hidden; From requester receives what she sends.
    final FolderSummary contracts = folder("Contracts", null, FileVisibility.VISIBLE, true, VisibilitySource.ITEM,
            "Contracts", false);
    final FolderSummary drafts = folder("Drafts", contracts, FileVisibility.FOLLOW_FOLDER, true,
            VisibilitySource.FOLDER, "Contracts", false);
    final FolderSummary internal = folder("Internal", null, FileVisibility.HIDDEN, false, VisibilitySource.ITEM,
            "Internal", false);
    final FolderSummary fromRequester = folder("From requester", null, FileVisibility.VISIBLE, true,
            VisibilitySource.ITEM, "From requester", true);

    @BeforeEach
    void open() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        actingAs(Role.LEGAL_STAFF);
        when(files.of(record)).thenAnswer(i -> new RecordFiles(folders, stored));
        when(links.download(any())).thenAnswer(i -> {
            AttachmentSummary file = i.getArgument(0);
            Anchor link = new Anchor("#", file.filename());
            link.setId("download-" + file.id());
            return link;
        });
        folders.addAll(List.of(contracts, drafts, internal, fromRequester));
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void every_row_says_in_words_what_the_requester_sees_and_why() {
        stored.add(file("lease.pdf", drafts, FileVisibility.FOLLOW_FOLDER, true, VisibilitySource.FOLDER,
                "Contracts", false));
        stored.add(file("notes.pdf", contracts, FileVisibility.HIDDEN, false, VisibilitySource.ITEM, null, false));
        stored.add(file("letter.pdf", internal, FileVisibility.VISIBLE, true, VisibilitySource.ITEM, null, false));
        stored.add(file("memo.pdf", internal, FileVisibility.FOLLOW_FOLDER, false, VisibilitySource.FOLDER,
                "Internal", false));
        stored.add(file("scan.pdf", null, FileVisibility.FOLLOW_FOLDER, false, VisibilitySource.DEFAULT, null,
                false));
        show();

        assertThat(labels()).containsExactly(
                "Contracts: Visible — set on this folder",
                "Drafts: Visible — from folder Contracts",
                "lease.pdf: Visible — from folder Contracts",
                "notes.pdf: Hidden — set on this file",
                "Internal: Hidden — set on this folder",
                "letter.pdf: Visible — set on this file",
                "memo.pdf: Hidden — from folder Internal",
                "From requester: Visible — set on this folder",
                "scan.pdf: Hidden (not shared)");
    }

    @Test
    void rows_the_requester_sees_carry_the_green_stripe_and_no_other_row_does() {
        stored.add(file("lease.pdf", drafts, FileVisibility.FOLLOW_FOLDER, true, VisibilitySource.FOLDER,
                "Contracts", false));
        stored.add(file("notes.pdf", contracts, FileVisibility.HIDDEN, false, VisibilitySource.ITEM, null, false));
        show();

        TreeGrid<FileRow> tree = tree();
        List<String> striped = new ArrayList<>();
        for (FileRow item : rows()) {
            if ("visible-to-portal".equals(tree.getPartNameGenerator().apply(item))) {
                striped.add(item.name());
            }
        }
        assertThat(striped).containsExactly("Contracts", "Drafts", "lease.pdf", "From requester");
    }

    @Test
    void files_from_the_requester_are_marked_and_their_folder_cannot_be_renamed() {
        stored.add(file("their-letter.pdf", fromRequester, FileVisibility.FOLLOW_FOLDER, true,
                VisibilitySource.FOLDER, "From requester", true));
        show();

        int fileRow = rowOf("their-letter.pdf");
        assertThat(_getCellComponent(tree(), fileRow, "name").getElement().getTextRecursively())
                .contains("their-letter.pdf").contains("From requester");
        tree().select(row("From requester"));
        assertThat(button("files-rename").isEnabled()).isFalse();
        assertThat(button("files-delete").isEnabled()).isFalse();
        assertThat(button("files-visibility").isEnabled()).isTrue();
    }

    @Test
    void a_refused_folder_name_shows_on_the_name_and_the_dialog_stays_open() {
        when(files.createFolder(eq(record), eq(contracts.id()), eq("Drafts"))).thenThrow(
                new InvalidFileChangeException("name", "name-taken", "There is already a folder \"Drafts\" here."));
        show();
        tree().select(row("Contracts"));

        _click(button("files-new-folder"));
        _setValue(_get(TextField.class, s -> s.withId("folder-name")), "Drafts");
        _click(button("files-name-save"));

        TextField name = _get(TextField.class, s -> s.withId("folder-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("There is already a folder with this name here");
        assertThat(_get(Dialog.class, s -> s.withId("files-name-dialog")).isOpened()).isTrue();
    }

    @Test
    void a_new_folder_goes_into_the_selected_folder_and_shows_in_the_tree() {
        when(files.createFolder(record, contracts.id(), "Pièces")).thenAnswer(i -> {
            FolderSummary created = folder("Pièces", contracts, FileVisibility.FOLLOW_FOLDER, true,
                    VisibilitySource.FOLDER, "Contracts", false);
            folders.add(created);
            return created;
        });
        show();
        tree().select(row("Contracts"));
        assertThat(_get(Span.class, s -> s.withId("files-target")).getText())
                .isEqualTo("Uploads go to: Contracts");

        _click(button("files-new-folder"));
        _setValue(_get(TextField.class, s -> s.withId("folder-name")), "Pièces");
        _click(button("files-name-save"));

        assertThat(labels()).contains("Pièces: Visible — from folder Contracts");
    }

    @Test
    void sharing_a_folder_waits_for_a_confirmation_and_hiding_a_file_does_not() {
        RecordFileSummary memo = file("memo.pdf", internal, FileVisibility.FOLLOW_FOLDER, false,
                VisibilitySource.FOLDER, "Internal", false);
        stored.add(memo);
        show();
        tree().select(row("Internal"));
        _click(button("files-visibility"));
        Select<FileVisibility> choice = visibilityChoice();
        assertThat(choice.getItemLabelGenerator().apply(FileVisibility.FOLLOW_FOLDER))
                .as("at the top level, following nothing is hidden").isEqualTo("Follow folder (now: hidden)");
        _setValue(choice, FileVisibility.VISIBLE);
        _click(button("visibility-save"));

        verify(files, never()).setFolderVisibility(any(), any());
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("files-share-confirm"));
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        verify(files).setFolderVisibility(internal.id(), FileVisibility.VISIBLE);

        tree().deselectAll();
        tree().select(row("memo.pdf"));
        _click(button("files-visibility"));
        _setValue(visibilityChoice(), FileVisibility.HIDDEN);
        _click(button("visibility-save"));
        verify(files).setFileVisibility(memo.id(), FileVisibility.HIDDEN);
    }

    @Test
    void only_administrators_see_deleted_items_and_restore_them() {
        show();
        _assertNone(Button.class, s -> s.withId("files-deleted"));

        UI.getCurrent().removeAll();
        actingAs(Role.TENANT_ADMIN);
        DeletedItem gone = new DeletedItem(UUID.randomUUID(), false, "old-draft.pdf", null, AT,
                AT.plus(RecordFileService.RESTORABLE_FOR));
        when(files.deleted(record)).thenReturn(List.of(gone));
        show();
        _click(button("files-deleted"));
        @SuppressWarnings("unchecked")
        Grid<DeletedItem> deleted = _get(Grid.class, s -> s.withId("files-deleted-grid"));
        assertThat(_getFormattedRow(deleted, 0)).contains("File", "old-draft.pdf");
        Button restore = (Button) _getCellComponent(deleted, 0, "restore");
        assertThat(restore.getId()).hasValue("restore-" + gone.id());
        _click(restore);
        verify(files).restoreFile(gone.id());
    }

    @Test
    void a_move_offers_the_top_level_and_never_a_folder_into_itself() {
        show();
        tree().select(row("Contracts"));
        _click(button("files-move"));
        @SuppressWarnings("unchecked")
        Select<MoveDialog.Target> target = _get(Select.class, s -> s.withId("move-target"));
        List<String> offered = target.getListDataView().getItems().map(MoveDialog.Target::label).toList();
        assertThat(offered).containsExactly("Top level", "Internal", "From requester");
        _setValue(target, target.getListDataView().getItems().filter(t -> t.id() == null).findFirst().orElseThrow());
        _click(button("files-move-save"));
        verify(files).moveFolder(eq(contracts.id()), isNull());
    }

    @Test
    void versions_list_the_current_one_first_each_downloadable() {
        RecordFileSummary lease = file("lease.pdf", contracts, FileVisibility.FOLLOW_FOLDER, true,
                VisibilitySource.FOLDER, "Contracts", false);
        stored.add(lease);
        when(files.versions(lease.id())).thenReturn(List.of(
                new FileVersion(2, "lease.pdf", "application/pdf", 4096, "cd34", "Louis Durand", AT, true),
                new FileVersion(1, "lease-draft.pdf", "application/pdf", 2048, "ab12", null, AT, false)));
        show();
        tree().select(row("lease.pdf"));
        _click(button("files-versions"));

        @SuppressWarnings("unchecked")
        Grid<FileVersion> versions = _get(Grid.class, s -> s.withId("files-versions-grid"));
        assertThat(_getFormattedRow(versions, 0)).contains("v2", "Louis Durand");
        assertThat(_getFormattedRow(versions, 1)).contains("v1");
        assertThat(_getCellComponent(versions, 0, "download").getId()).hasValue("version-download-2");
        assertThat(_getCellComponent(versions, 0, "current").getElement().getText()).isEqualTo("Current");
        assertThat(_getCellComponent(versions, 1, "current").getElement().getText()).isEmpty();
        assertThat(_get(Upload.class, s -> s.withId("files-version-upload")).getMaxFiles()).isEqualTo(1);
    }

    @Test
    void the_sharing_log_says_who_changed_what_the_requester_sees_in_words() {
        when(sharingLog.of(record)).thenReturn(List.of(new SharingLogEntry(AT, "Louis Durand", true, "Contracts", "",
                "FOLLOW_FOLDER", "VISIBLE", List.of("lease.pdf", "notes.pdf"), List.of())));
        show();
        _click(button("files-sharing-log"));

        @SuppressWarnings("unchecked")
        Grid<SharingLogEntry> log = _get(Grid.class, s -> s.withId("files-sharing-log-grid"));
        assertThat(_getFormattedRow(log, 0)).contains("Louis Durand", "Folder Contracts", "Top level",
                "Follows folder → Visible", "lease.pdf, notes.pdf");
        assertThat(_find(Anchor.class, s -> s.withId("files-sharing-log-export-csv"))).hasSize(1);
        assertThat(_find(Anchor.class, s -> s.withId("files-sharing-log-export-xlsx"))).hasSize(1);
    }


    @Test
    void in_french_the_upload_box_and_the_confirmations_say_nothing_in_english() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        RecordFileSummary lease = file("lease.pdf", contracts, FileVisibility.FOLLOW_FOLDER, true,
                VisibilitySource.FOLDER, "Contracts", false);
        stored.add(lease);
        show();
        tree().select(row("Internal"));
        _click(button("files-visibility"));
        _setValue(visibilityChoice(), FileVisibility.VISIBLE);
        _click(button("visibility-save"));
        _get(ConfirmDialog.class, s -> s.withId("files-share-confirm"));
        assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();

        tree().deselectAll();
        tree().select(row("lease.pdf"));
        _click(button("files-versions"));
        assertThat(_get(Upload.class, s -> s.withId("files-version-upload")).getI18n().getAddFiles().getOne())
                .isEqualTo("Ajouter un fichier…");
        assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();
    }

    private void show() {
        StaffDownloads downloads = new StaffDownloads(mock(FileDownloads.class), sharingLog, check);
        UI.getCurrent().add(new FilesPanel(new FilesPanel.Services(files, attachments, links, downloads, sharingLog,
                check), new RecordContext(record, RecordKind.MATTER, "MAT-2026-000001", null, null)));
    }

    private void actingAs(Role role) {
        ComponentUtil.setData(UI.getCurrent(), TenantMember.class, new TenantMember(
                new CurrentTenant(UUID.randomUUID(), "acme"), "ACME Legal", UUID.randomUUID(), "lawyer@acme.test",
                "Louis Durand", Set.of(role)));
    }

    /** "name: label" for every row, in the order the tree shows them. */
    private List<String> labels() {
        List<FileRow> rows = rows();
        List<String> labels = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            Component label = _getCellComponent(tree(), row, "visibility");
            labels.add(rows.get(row).name() + ": " + label.getElement().getText());
        }
        return labels;
    }

    /** The rows as the tree shows them, expanded folders followed by what they hold. */
    private List<FileRow> rows() {
        return _fetch(tree(), 0, _size(tree()));
    }

    private FileRow row(String name) {
        return rows().get(rowOf(name));
    }

    private int rowOf(String name) {
        List<FileRow> rows = rows();
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).name().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No row " + name);
    }

    @SuppressWarnings("unchecked")
    private TreeGrid<FileRow> tree() {
        return _get(TreeGrid.class, s -> s.withId("files-tree"));
    }

    @SuppressWarnings("unchecked")
    private Select<FileVisibility> visibilityChoice() {
        return _get(Select.class, s -> s.withId("item-visibility"));
    }

    private static Button button(String id) {
        return _find(Button.class, s -> s.withId(id)).get(0);
    }

    private FolderSummary folder(String name, FolderSummary parent, FileVisibility setting, boolean visible,
            VisibilitySource source, String decidedBy, boolean fromRequester) {
        return new FolderSummary(UUID.randomUUID(), parent == null ? null : parent.id(), name,
                parent == null ? name : parent.path() + " / " + name, setting, visible, source,
                source == VisibilitySource.DEFAULT ? null : decidedBy, fromRequester, AT);
    }

    private RecordFileSummary file(String name, FolderSummary folder, FileVisibility setting, boolean visible,
            VisibilitySource source, String decidedBy, boolean fromRequester) {
        return new RecordFileSummary(UUID.randomUUID(), folder == null ? null : folder.id(),
                folder == null ? "" : folder.path(), name, "application/pdf", 2048, "ab12", 1, setting, visible,
                source, decidedBy, fromRequester, "Louis Durand", AT);
    }
}
