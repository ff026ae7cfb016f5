package app.lexdesk.ui.common;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordWorkflow;
import java.util.Comparator;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Statuses as the tenant's workflows name them for staff, and in the workflows' order: lists, filters, the home page
 * and exports show "In progress", never the stored code.
 */
@Component
public class StatusNames {

    private final RecordWorkflow workflows;

    public StatusNames(RecordWorkflow workflows) {
        this.workflows = workflows;
    }

    /** The staff name of {@code code} in {@code kind}'s workflow, in the user's language (the code if it has none). */
    public String name(RecordKind kind, String code, Locale locale) {
        return code == null ? "" : workflows.status(kind, code).name(locale);
    }

    /** Statuses in their workflow's order, unknown ones last. */
    public Comparator<String> order(RecordKind kind) {
        return Comparator.<String>comparingInt(code -> workflows.status(kind, code).position())
                .thenComparing(Comparator.naturalOrder());
    }
}
