package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.attachments.InvalidFileChangeException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows the core's refusal of a change to a record's files on the input it names ({@code name}, {@code parentId},
 * {@code visibility}, ...), in the UI's language; a refusal naming no input of the dialog shows as a notification.
 */
final class FileErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FileErrors(Component owner) {
        this.owner = owner;
    }

    FileErrors on(String field, HasValidation input) {
        fields.put(field, input);
        return this;
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    void show(InvalidFileChangeException e) {
        String message = message(owner, e);
        HasValidation input = fields.get(e.field());
        if (input == null) {
            Notification shown = Notification.show(message);
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        input.setErrorMessage(message);
        input.setInvalid(true);
    }

    static String message(Component in, InvalidFileChangeException e) {
        return in.getTranslation(switch (e.code()) {
            case "required" -> "files.error.required";
            case "too-long" -> "files.error.too-long";
            case "invalid-name" -> "files.error.invalid-name";
            case "name-taken" -> "files.error.name-taken";
            case "folder-into-itself" -> "files.error.into-itself";
            case "too-deep" -> "files.error.too-deep";
            case "kept-folder" -> "files.error.kept-folder";
            case "unknown-folder" -> "files.error.unknown-folder";
            case "unknown-upload" -> "files.error.unknown-upload";
            case "too-many-files" -> "files.error.too-many-files";
            default -> "files.error.invalid";
        });
    }
}
