package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.attachments.FolderSummary;
import app.lexdesk.core.attachments.InvalidFileChangeException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Moves a file or folder: the record's folders by path and "Top level". A folder is not offered itself or its
 * subfolders (the core refuses them too, on the picker).
 */
class MoveDialog extends Dialog {

    /** A place to move to; {@code id} null is the record's top level. */
    record Target(UUID id, String label) {
    }

    /** Moves the row there; throws the core's refusal. */
    @FunctionalInterface
    interface Move {
        void to(UUID folderId);
    }

    private final Select<Target> target = new Select<>();
    private final FileErrors errors = new FileErrors(this);

    MoveDialog(FileRow row, List<FolderSummary> folders, Move move, Runnable moved) {
        setId("files-move-dialog");
        setHeaderTitle(getTranslation("files.move.title", row.name()));
        Set<UUID> excluded = row.isFolder() ? subtree(row.id(), folders) : Set.of();
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(null, getTranslation("files.top-level")));
        folders.stream().filter(f -> !excluded.contains(f.id())).forEach(f -> targets.add(new Target(f.id(),
                f.path())));
        target.setId("move-target");
        target.setLabel(getTranslation("files.move.to"));
        target.setItems(targets);
        target.setItemLabelGenerator(Target::label);
        target.setWidth("24rem");
        targets.stream().filter(t -> Objects.equals(t.id(), row.parentId())).findFirst().ifPresent(target::setValue);
        errors.on("parentId", target).on("folderId", target);
        add(target);
        Button ok = new Button(getTranslation("files.move"), e -> {
            errors.clear();
            if (target.getValue() == null) {
                return;
            }
            try {
                move.to(target.getValue().id());
            } catch (InvalidFileChangeException refused) {
                errors.show(refused);
                return;
            }
            close();
            moved.run();
        });
        ok.setId("files-move-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, ok);
    }

    private static Set<UUID> subtree(UUID root, List<FolderSummary> folders) {
        Set<UUID> found = new HashSet<>(Set.of(root));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (FolderSummary f : folders) {
                if (f.parentId() != null && found.contains(f.parentId()) && found.add(f.id())) {
                    grew = true;
                }
            }
        }
        return found;
    }
}
