package app.lexdesk.ui.backoffice.workspace;

import com.vaadin.flow.component.html.Span;

/**
 * What the requester sees, marked by colour and by a label (never colour alone): green "shared" / "visible",
 * grey "internal".
 */
final class Badges {

    private Badges() {
    }

    static Span shared(String label) {
        Span badge = new Span(label);
        badge.getElement().getThemeList().add("badge success");
        badge.getElement().setAttribute("part", "visible-to-requester");
        badge.addClassName("lexdesk-badge-shared");
        return badge;
    }

    static Span internal(String label) {
        Span badge = new Span(label);
        badge.getElement().getThemeList().add("badge contrast");
        badge.addClassName("lexdesk-badge-internal");
        return badge;
    }
}
