package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.attachments.DeletedItem;
import app.lexdesk.core.attachments.RecordFileService;
import app.lexdesk.ui.common.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * What was deleted from the record's files and can still be restored (administrators): a folder comes back with what
 * was deleted with it, a file into its folder (or the top level when that is gone).
 */
class DeletedItemsDialog extends Dialog {

    private final RecordFileService files;
    private final UUID recordId;
    private final Runnable restored;
    private final Grid<DeletedItem> grid = new Grid<>();

    DeletedItemsDialog(RecordFileService files, UUID recordId, Runnable restored) {
        this.files = files;
        this.recordId = recordId;
        this.restored = restored;
        setId("files-deleted-dialog");
        setHeaderTitle(getTranslation("files.deleted.title"));
        setWidth("56rem");
        grid.setId("files-deleted-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> getTranslation(d.folder() ? "files.deleted.folder" : "files.deleted.file"))
                .setHeader(getTranslation("files.deleted.kind")).setAutoWidth(true);
        grid.addColumn(DeletedItem::name).setHeader(getTranslation("files.name")).setFlexGrow(1);
        grid.addColumn(d -> Formats.dateTime(d.deletedAt(), getLocale()))
                .setHeader(getTranslation("files.deleted.at")).setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.purgedAfter(), getLocale()))
                .setHeader(getTranslation("files.deleted.until")).setAutoWidth(true);
        grid.addComponentColumn(this::restore).setKey("restore").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("files.deleted.none"));
        add(grid);
        getFooter().add(new Button(getTranslation("files.close"), e -> close()));
        refresh();
    }

    private Button restore(DeletedItem item) {
        Button restore = new Button(getTranslation("files.deleted.restore"), e -> {
            try {
                if (item.folder()) {
                    files.restoreFolder(item.id());
                } else {
                    files.restoreFile(item.id());
                }
                Notification.show(getTranslation("files.deleted.restored", item.name()));
            } catch (NoSuchElementException gone) {
                Notification.show(getTranslation("files.error.gone"));
            }
            refresh();
            restored.run();
        });
        restore.setId("restore-" + item.id());
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return restore;
    }

    private void refresh() {
        grid.setItems(files.deleted(recordId));
    }
}
