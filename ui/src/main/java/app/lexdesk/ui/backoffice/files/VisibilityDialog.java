package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.attachments.FileVisibility;
import app.lexdesk.core.attachments.InvalidFileChangeException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * What a file or folder says about the requester seeing it: follow its folder (saying what that gives now), visible,
 * or hidden. A choice that makes the requester see it asks for confirmation first, as sharing a note does.
 */
class VisibilityDialog extends Dialog {

    /** Stores the setting; throws the core's refusal. */
    @FunctionalInterface
    interface Save {
        void save(FileVisibility visibility);
    }

    private final Select<FileVisibility> choice = new Select<>();
    private final FileErrors errors = new FileErrors(this);

    /**
     * @param folderShows whether the folder the row is in is visible to the requester (false at the top level)
     */
    VisibilityDialog(FileRow row, boolean folderShows, Save save, Runnable saved) {
        setId("files-visibility-dialog");
        setHeaderTitle(getTranslation("files.visibility.title", row.name()));
        Paragraph now = new Paragraph(getTranslation("files.visibility.now", VisibilityLabels.text(this, row)));
        now.setId("visibility-now");
        now.addClassNames(LumoUtility.TextColor.SECONDARY);
        choice.setId("item-visibility");
        choice.setLabel(getTranslation("files.visibility.label"));
        choice.setItems(FileVisibility.FOLLOW_FOLDER, FileVisibility.VISIBLE, FileVisibility.HIDDEN);
        choice.setItemLabelGenerator(v -> VisibilityLabels.option(this, v, folderShows));
        choice.setValue(row.setting());
        choice.setWidth("24rem");
        errors.on("visibility", choice);
        add(now, choice);
        Button ok = new Button(getTranslation("files.save"), e -> {
            errors.clear();
            FileVisibility chosen = choice.getValue();
            boolean shows = chosen == FileVisibility.VISIBLE || chosen == FileVisibility.FOLLOW_FOLDER && folderShows;
            if (shows && !row.visibleToRequester()) {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("files.share.title"),
                        getTranslation(row.isFolder() ? "files.share.folder" : "files.share.file", row.name()),
                        getTranslation("files.share.confirm"), c -> apply(save, chosen, saved));
                confirm.setId("files-share-confirm");
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("common.cancel"));
                confirm.open();
            } else {
                apply(save, chosen, saved);
            }
        });
        ok.setId("visibility-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, ok);
    }

    private void apply(Save save, FileVisibility chosen, Runnable saved) {
        try {
            save.save(chosen);
        } catch (InvalidFileChangeException refused) {
            errors.show(refused);
            return;
        }
        close();
        saved.run();
    }
}
