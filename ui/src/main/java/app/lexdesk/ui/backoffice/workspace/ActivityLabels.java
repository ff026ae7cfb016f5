package app.lexdesk.ui.backoffice.workspace;

import app.lexdesk.core.activity.ActivityKind;
import app.lexdesk.core.participants.ParticipantRole;
import app.lexdesk.ui.backoffice.people.Roles;
import com.vaadin.flow.component.Component;

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
                default -> null;
            };
            case "attachment" -> switch (verb) {
                case "shared" -> "activity.action.file-shared";
                case "hidden" -> "activity.action.file-hidden";
                case "downloaded" -> "activity.action.file-downloaded";
                default -> null;
            };
            case "note" -> verb.equals("shared") ? "activity.action.note-shared" : "activity.action.note-added";
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
