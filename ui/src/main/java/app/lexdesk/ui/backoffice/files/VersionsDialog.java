package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.attachments.FileVersion;
import app.lexdesk.core.attachments.RecordFileSummary;
import app.lexdesk.ui.common.CheckedUploads;
import app.lexdesk.ui.common.ComponentTexts;
import app.lexdesk.ui.common.FileSizes;
import app.lexdesk.ui.common.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;

/**
 * A file's versions, the current one first, each downloadable; "Upload new version" makes a new file its current
 * version (the earlier ones stay, for the legal team only).
 */
class VersionsDialog extends Dialog {

    private final FilesPanel.Services services;
    private final RecordFileSummary file;
    private final Grid<FileVersion> grid = new Grid<>();
    private final Upload upload = new Upload();

    VersionsDialog(FilesPanel.Services services, String tenant, RecordFileSummary file, Runnable changed) {
        this.services = services;
        this.file = file;
        setId("files-versions-dialog");
        setHeaderTitle(getTranslation("files.versions.title", file.filename()));
        setWidth("56rem");
        grid.setId("files-versions-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(v -> "v" + v.version()).setHeader(getTranslation("files.version")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(v -> services.downloads().version(file.id(), v.version(), v.filename()))
                .setKey("download").setHeader(getTranslation("files.name")).setFlexGrow(1);
        grid.addColumn(v -> FileSizes.of(this, v.size())).setHeader(getTranslation("files.size"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.uploadedBy() == null ? "" : v.uploadedBy()).setHeader(getTranslation("files.by"))
                .setAutoWidth(true);
        grid.addColumn(v -> Formats.dateTime(v.uploadedAt(), getLocale())).setHeader(getTranslation("files.uploaded"))
                .setAutoWidth(true);
        grid.addComponentColumn(v -> v.current() ? current() : new Span()).setKey("current").setAutoWidth(true)
                .setFlexGrow(0);
        upload.setUploadHandler(new CheckedUploads(services.check(), tenant, (name, size, content) -> {
            AttachmentSummary stored = services.attachments().upload(name, size, content);
            services.files().addVersion(file.id(), stored.id());
        }, () -> {
            // One file at a time: the next version can be chosen at once.
            upload.clearFileList();
            refresh();
            changed.run();
        }, (name, refusal) -> {
            Notification shown = Notification.show(CheckedUploads.reason(this, name, refusal));
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }));
        upload.setId("files-version-upload");
        upload.setMaxFiles(1);
        CheckedUploads.limit(upload, services.attachments().maxFileSize());
        ComponentTexts.apply(upload);
        upload.setUploadButton(new Button(getTranslation("files.versions.upload")));
        upload.setDropLabel(new Span(getTranslation("files.versions.drop")));
        add(grid, upload);
        getFooter().add(new Button(getTranslation("files.close"), e -> close()));
        refresh();
    }

    private Span current() {
        Span badge = new Span(getTranslation("files.versions.current"));
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    private void refresh() {
        List<FileVersion> versions = services.files().versions(file.id());
        grid.setItems(versions);
    }
}
