package app.lexdesk.ui.backoffice.people;

import app.lexdesk.core.participants.ParticipantRole;
import com.vaadin.flow.component.Component;

/** Readable names of the roles people have on records and of how someone appears on a record. */
public final class Roles {

    private Roles() {
    }

    public static String label(Component in, ParticipantRole role) {
        return in.getTranslation(switch (role) {
            case OPPOSING_PARTY -> "people.role.opposing-party";
            case OUTSIDE_COUNSEL -> "people.role.outside-counsel";
            case INTERNAL_STAKEHOLDER -> "people.role.internal-stakeholder";
            case OTHER -> "people.role.other";
        });
    }

    /** How a person or company appears on a record ({@code REQUESTER}, {@code COMPANY}, … or a role's name). */
    public static String involvement(Component in, String as) {
        return switch (as) {
            case "REQUESTER" -> in.getTranslation("people.as.requester");
            case "COMPANY" -> in.getTranslation("people.as.company");
            case "ASSIGNEE" -> in.getTranslation("people.as.assignee");
            default -> {
                try {
                    yield label(in, ParticipantRole.valueOf(as));
                } catch (IllegalArgumentException e) {
                    yield as;
                }
            }
        };
    }
}
