package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.activity.SharingLog;
import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.attachments.FolderSummary;
import app.lexdesk.core.attachments.InvalidFileChangeException;
import app.lexdesk.core.attachments.RecordFileService;
import app.lexdesk.core.attachments.RecordFiles;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.common.CheckedUploads;
import app.lexdesk.ui.common.ComponentTexts;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.FileSizes;
import app.lexdesk.ui.common.MemberCheck;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A record's Files tab: its folders and files as a tree, folders first, with what the requester sees of each and why
 * (the green stripe and a label on every row); new folders, uploads (several at once, dropped or chosen) into the
 * selected folder, rename, move, delete, visibility, versions, a ZIP of the selection, the sharing log, and for
 * administrators what was deleted. A click on a row selects it alone; the checkboxes select several.
 */
class FilesPanel extends VerticalLayout {

    /** What the tab works with. */
    record Services(RecordFileService files, AttachmentService attachments, FileLinks links,
            StaffDownloads downloads, SharingLog sharingLog, MemberCheck check) {
    }

    static final String VISIBLE_PART = "visible-to-portal";

    private final Services services;
    private final RecordContext record;
    private final String tenant;
    private final TreeGrid<FileRow> tree = new TreeGrid<>();
    private final Set<UUID> collapsed = new HashSet<>();
    private final Span target = new Span();
    private final Upload upload = new Upload();
    private final AtomicReference<StaffDownloads.Chosen> chosen = new AtomicReference<>(StaffDownloads.Chosen.NOTHING);
    private final Button rename = button("files-rename", "files.rename", VaadinIcon.EDIT, this::rename);
    private final Button move = button("files-move", "files.move", VaadinIcon.ARROW_FORWARD, this::move);
    private final Button delete = button("files-delete", "files.delete", VaadinIcon.TRASH, this::delete);
    private final Button visibility = button("files-visibility", "files.visibility", VaadinIcon.EYE,
            this::visibility);
    private final Button versions = button("files-versions", "files.versions", VaadinIcon.TIME_BACKWARD,
            this::versions);
    private final Anchor zip;
    private final FileCells cells;
    /** Read on upload threads: where the next uploaded file goes (null: the top level). */
    private volatile UUID uploadFolder;
    private RecordFiles current = new RecordFiles(List.of(), List.of());

    FilesPanel(Services services, RecordContext record) {
        this.services = services;
        this.record = record;
        TenantMember member = CurrentMember.require();
        this.tenant = member.tenant().slug();
        this.cells = new FileCells(this, getLocale(), services.links());
        setId("files-panel");
        setPadding(false);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("files-actions");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        Button newFolder = button("files-new-folder", "files.new-folder", VaadinIcon.FOLDER_ADD, this::newFolder);
        newFolder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        zip = services.downloads().zip(record.recordId(), chosen::get, getTranslation("files.zip"));
        zip.addComponentAsFirst(VaadinIcon.FILE_ZIP.create());
        zip.addClassNames(LumoUtility.Padding.Horizontal.SMALL);
        Button log = button("files-sharing-log", "files.log", VaadinIcon.LIST, this::sharingLog);
        actions.add(newFolder, rename, move, delete, visibility, versions, zip, log);
        if (member.has(Role.TENANT_ADMIN)) {
            actions.add(button("files-deleted", "files.deleted", VaadinIcon.ARCHIVE, this::deletedItems));
        }

        target.setId("files-target");
        target.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        upload.setId("files-upload");
        upload.setWidthFull();
        ComponentTexts.apply(upload);
        upload.setDropLabel(new Span(getTranslation("files.upload.drop")));
        upload.setUploadHandler(new CheckedUploads(services.check(), tenant, this::receive, this::refresh,
                this::refused));
        CheckedUploads.limit(upload, services.attachments().maxFileSize());

        tree.setId("files-tree");
        tree.setWidthFull();
        tree.setAllRowsVisible(true);
        tree.setSelectionMode(Grid.SelectionMode.MULTI);
        // Narrower cell padding (lexdesk.css), so the seven columns fit beside the drawer at 1280 px.
        tree.addClassName("lexdesk-list");
        tree.addComponentHierarchyColumn(cells::name).setKey("name").setHeader(getTranslation("files.name"))
                .setFlexGrow(1).setWidth("14rem").setResizable(true);
        tree.addColumn(r -> r.isFolder() ? "" : FileSizes.of(this, r.file().size())).setKey("size")
                .setHeader(getTranslation("files.size")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(r -> r.isFolder() ? "" : FileCells.type(r.file())).setKey("type")
                .setHeader(getTranslation("files.type")).setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(r -> r.isFolder() ? null : r.file().contentType());
        tree.addColumn(r -> r.isFolder() ? "" : "v" + r.file().version()).setKey("version")
                .setHeader(getTranslation("files.version")).setAutoWidth(true).setFlexGrow(0);
        tree.addComponentColumn(cells::uploaded).setKey("uploaded").setHeader(getTranslation("files.uploaded"))
                .setAutoWidth(true).setFlexGrow(0);
        tree.addComponentColumn(r -> VisibilityLabels.badge(this, r)).setKey("visibility")
                .setHeader(getTranslation("files.visibility")).setAutoWidth(true).setFlexGrow(0);
        // The green stripe, drawn by lexdesk.css on the row's first cell; the label says it in words too.
        tree.setPartNameGenerator(r -> r.visibleToRequester() ? VISIBLE_PART : null);
        tree.setEmptyStateText(getTranslation("files.none"));
        tree.addItemClickListener(e -> {
            if (e.getItem() != null) {
                tree.deselectAll();
                tree.select(e.getItem());
            }
        });
        tree.addSelectionListener(e -> selectionChanged());
        tree.addCollapseListener(e -> e.getItems().forEach(r -> collapsed.add(r.id())));
        tree.addExpandListener(e -> e.getItems().forEach(r -> collapsed.remove(r.id())));

        add(actions, tree, target, upload);
        refresh();
    }

    /** On an upload request's thread, as the member who sent the file: store it, then file it where it goes. */
    private void receive(String filename, long size, InputStream content) {
        AttachmentSummary stored = services.attachments().upload(filename, size, content);
        services.files().add(record.recordId(), uploadFolder, List.of(stored.id()));
    }

    private void refused(String filename, RuntimeException refusal) {
        String message = refusal instanceof InvalidFileChangeException invalid
                ? FileErrors.message(this, invalid) : CheckedUploads.reason(this, filename, refusal);
        Notification shown = Notification.show(message);
        shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
        refresh();
    }

    /** Reads the record's files again, keeping what was collapsed and selected. */
    void refresh() {
        Set<UUID> selected = new HashSet<>();
        tree.getSelectedItems().forEach(r -> selected.add(r.id()));
        current = services.files().of(record.recordId());
        TreeData<FileRow> data = FileTree.of(current);
        List<FileRow> rows = FileTree.rows(data);
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expand(rows.stream().filter(r -> r.isFolder() && !collapsed.contains(r.id())).toList());
        tree.deselectAll();
        rows.stream().filter(r -> selected.contains(r.id())).forEach(tree::select);
        selectionChanged();
        // Labels change with what the requester sees: columns sized to the old ones would cut the new ones.
        tree.recalculateColumnWidths();
    }

    private Optional<FileRow> single() {
        Set<FileRow> selected = tree.getSelectedItems();
        return selected.size() == 1 ? Optional.of(selected.iterator().next()) : Optional.empty();
    }

    private void selectionChanged() {
        Optional<FileRow> one = single();
        boolean ordinary = one.isPresent() && !(one.get().isFolder() && one.get().fromRequester());
        rename.setEnabled(ordinary);
        move.setEnabled(ordinary);
        delete.setEnabled(ordinary);
        visibility.setEnabled(one.isPresent());
        versions.setEnabled(one.isPresent() && !one.get().isFolder());
        Set<UUID> folderIds = new HashSet<>();
        Set<UUID> fileIds = new HashSet<>();
        tree.getSelectedItems().forEach(r -> (r.isFolder() ? folderIds : fileIds).add(r.id()));
        chosen.set(new StaffDownloads.Chosen(folderIds, fileIds));
        zip.setEnabled(!folderIds.isEmpty() || !fileIds.isEmpty());
        uploadFolder = one.map(r -> r.isFolder() ? r.id() : r.parentId()).orElse(null);
        target.setText(getTranslation("files.upload.target", uploadFolder == null ? getTranslation("files.top-level")
                : folder(uploadFolder).map(FolderSummary::path).orElse(getTranslation("files.top-level"))));
    }

    private Optional<FolderSummary> folder(UUID id) {
        return current.folders().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private void newFolder() {
        UUID parent = single().map(r -> r.isFolder() ? r.id() : r.parentId()).orElse(null);
        String where = parent == null ? getTranslation("files.top-level")
                : folder(parent).map(FolderSummary::path).orElse("");
        new NameDialog(getTranslation("files.new-folder.title", where), "folder-name", "",
                name -> services.files().createFolder(record.recordId(), parent, name), this::refresh).open();
    }

    private void rename() {
        single().ifPresent(row -> new NameDialog(getTranslation("files.rename.title", row.name()),
                row.isFolder() ? "folder-name" : "file-name", row.name(), name -> attempt(() -> {
                    if (row.isFolder()) {
                        services.files().renameFolder(row.id(), name);
                    } else {
                        services.files().renameFile(row.id(), name);
                    }
                }), this::refresh).open());
    }

    private void move() {
        single().ifPresent(row -> new MoveDialog(row, current.folders(), folderId -> attempt(() -> {
            if (row.isFolder()) {
                services.files().moveFolder(row.id(), folderId);
            } else {
                services.files().moveFile(row.id(), folderId);
            }
        }), this::refresh).open());
    }

    private void delete() {
        single().ifPresent(row -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("files.delete.title", row.name()),
                    getTranslation(row.isFolder() ? "files.delete.folder" : "files.delete.file", row.name()),
                    getTranslation("files.delete"), e -> act(() -> {
                        if (row.isFolder()) {
                            services.files().deleteFolder(row.id());
                        } else {
                            services.files().deleteFile(row.id());
                        }
                    }));
            confirm.setId("files-delete-confirm");
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            ComponentTexts.apply(confirm);
            confirm.open();
        });
    }

    private void visibility() {
        single().ifPresent(row -> {
            boolean folderShows = row.parentId() != null
                    && folder(row.parentId()).map(FolderSummary::visibleToRequester).orElse(false);
            new VisibilityDialog(row, folderShows, setting -> attempt(() -> {
                if (row.isFolder()) {
                    services.files().setFolderVisibility(row.id(), setting);
                } else {
                    services.files().setFileVisibility(row.id(), setting);
                }
            }), this::refresh).open();
        });
    }

    private void versions() {
        single().filter(r -> !r.isFolder())
                .ifPresent(row -> new VersionsDialog(services, tenant, row.file(), this::refresh).open());
    }

    private void sharingLog() {
        new SharingLogDialog(services.sharingLog(), services.downloads(), record).open();
    }

    private void deletedItems() {
        new DeletedItemsDialog(services.files(), record.recordId(), this::refresh).open();
    }

    /**
     * Runs a change a dialog asked for: the core's refusals reach the dialog, which shows them on its field; a row
     * deleted meanwhile is said so, and the dialog closes on the tree read again.
     */
    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (NoSuchElementException e) {
            gone();
        }
    }

    /** Runs a change with no dialog of its own to show a refusal on. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (InvalidFileChangeException refused) {
            Notification shown = Notification.show(FileErrors.message(this, refused));
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (NoSuchElementException e) {
            gone();
        }
        refresh();
    }

    private void gone() {
        Notification shown = Notification.show(getTranslation("files.error.gone"));
        shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
        refresh();
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
