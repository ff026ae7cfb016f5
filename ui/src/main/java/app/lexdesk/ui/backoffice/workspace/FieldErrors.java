package app.lexdesk.ui.backoffice.workspace;

import app.lexdesk.core.api.InvalidParameterException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shows the core's refusal of a command on the input it names, in the UI's language. */
final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldErrors(Component owner) {
        this.owner = owner;
    }

    FieldErrors on(String field, HasValidation input) {
        fields.put(field, input);
        return this;
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Marks {@code input} invalid with {@code messageKey}'s text. */
    void show(HasValidation input, String messageKey) {
        input.setErrorMessage(owner.getTranslation(messageKey));
        input.setInvalid(true);
    }

    /** Marks the input the core named; false when it names none of them (the caller says so otherwise). */
    boolean show(InvalidParameterException e) {
        HasValidation input = fields.get(e.field());
        if (input == null) {
            return false;
        }
        show(input, switch (e.code()) {
            case "required" -> "workspace.error.required";
            case "too-long" -> "workspace.error.too-long";
            case "invalid-email" -> "workspace.error.email";
            case "invalid-phone" -> "workspace.error.phone";
            case "already-on-record" -> "workspace.error.already-on-record";
            case "one-of" -> "workspace.error.choose-someone";
            default -> "workspace.error.invalid";
        });
        return true;
    }
}
