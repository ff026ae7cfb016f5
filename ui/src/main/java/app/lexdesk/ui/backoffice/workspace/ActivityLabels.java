package app.lexdesk.ui.backoffice.workspace;

import app.lexdesk.core.activity.ActivityKind;
import app.lexdesk.core.participants.ParticipantRole;
import app.lexdesk.ui.backoffice.people.Roles;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Readable EN/FR names of what activity entries say: the change ({@code note.shared} → "Note shared with the
 * requester"), the facts before and after, the kinds of change. An action or fact this UI does not know yet shows
 * as it is stored, rather than not at all.
 */
final class ActivityLabels {

    private ActivityLabels() {
    }

    static String action(Component in, String action) {
        int dot = action.indexOf('.');
        String subject = dot < 0 ? action : action.substring(0, dot);
        String verb = dot < 0 ? "" : action.substring(dot + 1);
        String key = switch (subject) {
            case "request" -> verb.equals("submitted") ? "activity.action.request-submitted" : null;
            case "matter", "contract" -> switch (verb) {
                case "opened" -> "activity.action.opened";
                case "classified" -> "activity.action.classified";
                case "moved" -> "activity.action.moved";
                case "status-changed" -> "activity.action.status-changed";
                case "assigned" -> "activity.action.assigned";
                case "unassigned" -> "activity.action.unassigned";
                case "updated" -> "activity.action.updated";
                default -> null;
            };
            case "attachment" -> switch (verb) {
                case "requester-sent" -> "activity.action.requester-sent";
                case "shared" -> "activity.action.file-shared";
                case "hidden" -> "activity.action.file-hidden";
                case "follows-folder" -> "activity.action.file-follows-folder";
                case "downloaded" -> "activity.action.file-downloaded";
                case "folder-created" -> "activity.action.folder-created";
                case "folder-renamed" -> "activity.action.folder-renamed";
                case "folder-moved" -> "activity.action.folder-moved";
                case "folder-deleted" -> "activity.action.folder-deleted";
                case "folder-restored" -> "activity.action.folder-restored";
                case "folder-shared" -> "activity.action.folder-shared";
                case "folder-hidden" -> "activity.action.folder-hidden";
                case "folder-follows-folder" -> "activity.action.folder-follows-folder";
                case "file-added" -> "activity.action.file-added";
                case "file-renamed" -> "activity.action.file-renamed";
                case "file-moved" -> "activity.action.file-moved";
                case "file-deleted" -> "activity.action.file-deleted";
                case "file-restored" -> "activity.action.file-restored";
                case "version-added" -> "activity.action.version-added";
                default -> null;
            };
            case "note" -> switch (verb) {
                case "shared" -> "activity.action.note-shared";
                case "requester-replied" -> "activity.action.requester-replied";
                default -> "activity.action.note-added";
            };
            case "development" -> "activity.action.development-added";
            case "participant" -> verb.equals("removed") ? "activity.action.participant-removed"
                    : "activity.action.participant-added";
            case "feedback" -> verb.equals("changed") ? "activity.action.feedback-changed"
                    : "activity.action.feedback-given";
            default -> null;
        };
        return key == null ? action : in.getTranslation(key);
    }

    static String fact(Component in, String name) {
        String key = switch (name) {
            case "visibleToPortal" -> "activity.fact.visible-to-requester";
            case "board" -> "activity.fact.board";
            case "contractType" -> "activity.fact.contract-type";
            case "reason" -> "activity.fact.reason";
            case "reference" -> "activity.fact.reference";
            case "type" -> "activity.fact.type";
            case "file" -> "activity.fact.file";
            case "folder" -> "activity.fact.folder";
            case "path" -> "activity.fact.path";
            case "from" -> "activity.fact.from";
            case "to" -> "activity.fact.to";
            case "version" -> "activity.fact.version";
            case "visibility" -> "activity.fact.visibility";
            case "sharedFiles" -> "activity.fact.shared-files";
            case "hiddenFiles" -> "activity.fact.hidden-files";
            case "name" -> "activity.fact.name";
            case "role" -> "activity.fact.role";
            case "status" -> "activity.fact.status";
            case "assignee", "assigneeName" -> "activity.fact.assignee";
            case "description" -> "activity.fact.description";
            case "priority" -> "activity.fact.priority";
            case "dueDate" -> "activity.fact.due-date";
            case "rating" -> "activity.fact.rating";
            default -> null;
        };
        return key == null ? name : in.getTranslation(key);
    }

    static String value(Component in, String name, Object value) {
        if (value == null) {
            return "—";
        }
        if ("visibleToPortal".equals(name) && value instanceof Boolean visible) {
            return in.getTranslation(visible ? "activity.value.visible" : "activity.value.internal");
        }
        if ("visibility".equals(name)) {
            return switch (value.toString()) {
                case "FOLLOW_FOLDER" -> in.getTranslation("activity.value.follows-folder");
                case "VISIBLE" -> in.getTranslation("activity.value.visibility-visible");
                case "HIDDEN" -> in.getTranslation("activity.value.visibility-hidden");
                default -> value.toString();
            };
        }
        if (("path".equals(name) || "from".equals(name) || "to".equals(name)) && value.toString().isEmpty()) {
            return in.getTranslation("activity.value.top-level");
        }
        if ("version".equals(name)) {
            return "v" + value;
        }
        if (value instanceof List<?> names) {
            return names.isEmpty() ? "—" : names.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if ("role".equals(name)) {
            try {
                return Roles.label(in, ParticipantRole.valueOf(value.toString()));
            } catch (IllegalArgumentException e) {
                return value.toString();
            }
        }
        return value.toString();
    }

    static String kind(Component in, ActivityKind kind) {
        return in.getTranslation(switch (kind) {
            case OPENED -> "activity.kind.opened";
            case STATUS -> "activity.kind.status";
            case ASSIGNEE -> "activity.kind.assignee";
            case DESCRIPTION -> "activity.kind.description";
            case PRIORITY -> "activity.kind.priority";
            case DUE_DATE -> "activity.kind.due-date";
            case CLASSIFICATION -> "activity.kind.classification";
            case BOARD -> "activity.kind.board";
            case PEOPLE -> "activity.kind.people";
            case DEVELOPMENTS -> "activity.kind.developments";
            case NOTES -> "activity.kind.notes";
            case FILES -> "activity.kind.files";
            case VISIBILITY -> "activity.kind.visibility";
        });
    }
}
