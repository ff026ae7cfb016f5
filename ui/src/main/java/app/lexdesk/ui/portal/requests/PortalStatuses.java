package app.lexdesk.ui.portal.requests;

import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.records.StatusCategory;

/** How the portal marks a request's status and names its kind, the same in the list and on the request's page. */
public final class PortalStatuses {

    private PortalStatuses() {
    }

    /** The badge theme of a status: plain while open, contrast while waiting, green once closed. */
    public static String badge(StatusCategory category) {
        return switch (category == null ? StatusCategory.OPEN : category) {
            case OPEN -> "badge";
            case WAITING -> "badge contrast";
            case CLOSED -> "badge success";
        };
    }

    public static String kindKey(RequestKind kind) {
        return kind == RequestKind.CONTRACT ? "portal.kind.contract" : "portal.kind.matter";
    }
}
