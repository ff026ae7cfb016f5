package app.lexdesk.core.records;

import app.lexdesk.core.api.MergePatch;
import java.time.LocalDate;

/**
 * Command: change the fields every record has; a null member leaves its field alone (see {@link Change}).
 *
 * @throws InvalidRecordChangeException naming the field when a value cannot be stored
 */
public record EditRecord(Change<String> description, Change<Priority> priority, Change<LocalDate> dueDate) {

    public static final int DESCRIPTION_MAX = 10_000;

    public EditRecord {
        if (description != null && description.value() != null && description.value().length() > DESCRIPTION_MAX) {
            throw new InvalidRecordChangeException("description", "too-long",
                    "description is at most " + DESCRIPTION_MAX + " characters.");
        }
        if (priority != null && priority.value() == null) {
            throw new InvalidRecordChangeException("priority", "required", "priority cannot be cleared.");
        }
        if (description != null && description.value() == null) {
            description = Change.to("");
        }
    }

    /** The fields every record has from a JSON merge patch: {@code description}, {@code priority}, {@code dueDate}. */
    public static EditRecord of(MergePatch patch) {
        return new EditRecord(patch.has("description") ? Change.to(patch.text("description")) : null,
                patch.has("priority") ? Change.to(patch.enumValue("priority", Priority.class)) : null,
                patch.has("dueDate") ? Change.to(patch.date("dueDate")) : null);
    }

    public static EditRecord none() {
        return new EditRecord(null, null, null);
    }

    public boolean isEmpty() {
        return description == null && priority == null && dueDate == null;
    }
}
