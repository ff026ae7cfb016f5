package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.attachments.InvalidFileChangeException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

/** Names a new folder, or renames a folder or a file; the core's refusal shows on the name. */
class NameDialog extends Dialog {

    /** Saves the name; throws the core's refusal. */
    @FunctionalInterface
    interface Save {
        void save(String name);
    }

    private final TextField name = new TextField();
    private final FileErrors errors = new FileErrors(this);

    /**
     * @param fieldId {@code folder-name} or {@code file-name}
     */
    NameDialog(String title, String fieldId, String value, Save save, Runnable saved) {
        setId("files-name-dialog");
        setHeaderTitle(title);
        name.setId(fieldId);
        name.setLabel(getTranslation("files.name"));
        name.setValue(value == null ? "" : value);
        name.setWidth("24rem");
        name.setAutofocus(true);
        name.setMaxLength(200);
        errors.on("name", name);
        add(name);
        Button ok = new Button(getTranslation("files.save"), e -> {
            errors.clear();
            try {
                save.save(name.getValue());
            } catch (InvalidFileChangeException refused) {
                errors.show(refused);
                return;
            }
            close();
            saved.run();
        });
        ok.setId("files-name-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, ok);
    }

    TextField field() {
        return name;
    }
}
