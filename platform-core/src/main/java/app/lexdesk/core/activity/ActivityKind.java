package app.lexdesk.core.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of change a record's activity can be filtered by. An entry is of a kind by its action (what happened)
 * or by the facts it carries before and after (an update of several fields is of each of their kinds).
 */
// A named schema of its own: clients generated from the OpenAPI document get one enum type for it.
@Schema(enumAsRef = true)
public enum ActivityKind {
    OPENED(Set.of(".opened", "request.submitted"), Set.of()),
    STATUS(Set.of("status", "transition"), Set.of("status")),
    ASSIGNEE(Set.of("assign"), Set.of("assignee", "assigneeId", "assigneeName")),
    DESCRIPTION(Set.of("description"), Set.of("description")),
    PRIORITY(Set.of("priority"), Set.of("priority")),
    DUE_DATE(Set.of("due-date", "dueDate"), Set.of("dueDate")),
    CLASSIFICATION(Set.of(".classified", "reclassif"), Set.of("reason")),
    BOARD(Set.of(".moved"), Set.of("board", "contractType")),
    PEOPLE(Set.of("participant."), Set.of()),
    DEVELOPMENTS(Set.of("development."), Set.of()),
    NOTES(Set.of("note."), Set.of()),
    FILES(Set.of("attachment."), Set.of("file")),
    VISIBILITY(Set.of("attachment.shared", "attachment.hidden", "attachment.follows-folder", "attachment.folder-shared",
            "attachment.folder-hidden", "attachment.folder-follows-folder", "visibility"), Set.of());

    private final Set<String> inAction;
    private final Set<String> keys;

    ActivityKind(Set<String> inAction, Set<String> keys) {
        this.inAction = inAction;
        this.keys = keys;
    }

    /** Whether an entry with this action and these before/after facts is a change of this kind. */
    public boolean matches(String action, Map<String, Object> before, Map<String, Object> after) {
        if (inAction.stream().anyMatch(action::contains)) {
            return true;
        }
        return keys.stream().anyMatch(k -> (before != null && before.containsKey(k))
                || (after != null && after.containsKey(k)));
    }
}
