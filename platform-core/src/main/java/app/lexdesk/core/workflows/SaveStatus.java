package app.lexdesk.core.workflows;

import app.lexdesk.core.records.StatusCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Command: create or change a status of a workflow (by code, which never changes once created) and the statuses a
 * record may move to from it.
 *
 * @throws InvalidWorkflowException naming every field at fault
 */
public record SaveStatus(String code, String nameEn, String nameFr, String portalLabelEn, String portalLabelFr,
        StatusCategory category, boolean initial, boolean finalStatus, Set<String> next) {

    public static final int NAME_MAX = 80;

    public SaveStatus {
        nameEn = strip(nameEn);
        nameFr = strip(nameFr);
        portalLabelEn = strip(portalLabelEn);
        portalLabelFr = strip(portalLabelFr);
        next = next == null ? Set.of() : Set.copyOf(next);
        List<WorkflowProblem> problems = new ArrayList<>();
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,39}")) {
            problems.add(new WorkflowProblem("code", "invalid-code",
                    "A code is capital letters, digits and _, starting with a letter, at most 40."));
        }
        name(problems, "nameEn", nameEn);
        name(problems, "nameFr", nameFr);
        name(problems, "portalLabelEn", portalLabelEn);
        name(problems, "portalLabelFr", portalLabelFr);
        if (category == null) {
            problems.add(new WorkflowProblem("category", "required", "Choose open, waiting or closed."));
        }
        if (code != null && next.contains(code)) {
            problems.add(new WorkflowProblem("next", "to-itself", "A status does not move to itself."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(problems);
        }
    }

    private static void name(List<WorkflowProblem> problems, String field, String value) {
        if (value.isEmpty()) {
            problems.add(new WorkflowProblem(field, "required", field + " is required."));
        } else if (value.length() > NAME_MAX) {
            problems.add(new WorkflowProblem(field, "too-long", field + " is at most " + NAME_MAX + " characters."));
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
