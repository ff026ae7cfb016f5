package app.lexdesk.ui.portal.home;

import app.lexdesk.core.portal.PortalRequestSummary;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.Formats;
import app.lexdesk.ui.portal.requests.PortalRequestView;
import app.lexdesk.ui.portal.requests.PortalStatuses;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import java.util.Map;

/**
 * What My requests shows of one request, as grid cells on a wide screen and as one card on a phone: the same words,
 * badges and link either way.
 */
final class RequestCells {

    private final Component in;
    private final Locale locale;

    RequestCells(Component in, Locale locale) {
        this.in = in;
        this.locale = locale;
    }

    RouterLink reference(PortalRequestSummary r) {
        RouterLink link = new RouterLink(r.reference(), PortalRequestView.class, route(r));
        link.addClassName("lexdesk-request-link");
        return link;
    }

    Component subject(PortalRequestSummary r) {
        Span subject = new Span(r.subject());
        subject.addClassName("lexdesk-request-subject");
        if (!r.colleague()) {
            return subject;
        }
        HorizontalLayout cell = new HorizontalLayout(subject, colleague(r));
        cell.setSpacing(false);
        cell.addClassNames(LumoUtility.Gap.SMALL);
        cell.setAlignItems(FlexComponent.Alignment.BASELINE);
        return cell;
    }

    Span status(PortalRequestSummary r) {
        Span status = new Span(r.statusLabel(locale));
        status.getElement().getThemeList().add(PortalStatuses.badge(r.category()));
        status.addClassName("lexdesk-request-status");
        return status;
    }

    Component lastUpdate(PortalRequestSummary r) {
        Span when = new Span(Formats.dateTime(r.lastUpdate(), locale));
        if (!r.updatedSinceLastLook()) {
            return when;
        }
        HorizontalLayout cell = new HorizontalLayout(when, updated());
        cell.setSpacing(false);
        cell.addClassNames(LumoUtility.Gap.SMALL);
        cell.setAlignItems(FlexComponent.Alignment.BASELINE);
        return cell;
    }

    String type(PortalRequestSummary r) {
        return r.typeName(locale);
    }

    String kindAndType(PortalRequestSummary r) {
        return in.getTranslation(PortalStatuses.kindKey(r.kind())) + " · " + r.typeName(locale);
    }

    String assignee(PortalRequestSummary r) {
        return r.assigneeName() == null ? "—" : r.assigneeName();
    }

    /** A phone's view of a request: the subject first, then where it stands, then when and which. */
    RouterLink card(PortalRequestSummary r) {
        RouterLink card = new RouterLink();
        card.setRoute(PortalRequestView.class, route(r));
        card.addClassName("lexdesk-request-card");
        if (r.updatedSinceLastLook()) {
            card.addClassName("lexdesk-updated");
        }
        Div subject = new Div(r.subject());
        subject.addClassName("lexdesk-request-card-subject");
        Div state = new Div(status(r));
        state.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        if (r.updatedSinceLastLook()) {
            state.add(updated());
        }
        if (r.colleague()) {
            state.add(colleague(r));
        }
        Span reference = new Span(r.reference());
        reference.addClassName("lexdesk-request-card-reference");
        Span when = new Span(in.getTranslation("portal.list.updated-at", Formats.dateTime(r.lastUpdate(),
                locale)));
        Div meta = new Div(reference, when);
        meta.addClassNames("lexdesk-request-card-meta", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        card.add(subject, state, meta);
        return card;
    }

    private Span updated() {
        Span updated = new Span(in.getTranslation("portal.list.updated"));
        updated.getElement().getThemeList().add("badge primary small");
        updated.addClassName("lexdesk-request-updated");
        updated.getElement().setAttribute("title", in.getTranslation("portal.list.updated.help"));
        return updated;
    }

    private Span colleague(PortalRequestSummary r) {
        Span colleague = new Span(in.getTranslation("portal.list.colleague", r.requesterName()));
        colleague.getElement().getThemeList().add("badge contrast small");
        colleague.addClassName("lexdesk-request-colleague");
        return colleague;
    }

    private static RouteParameters route(PortalRequestSummary r) {
        return new RouteParameters(Map.of("tenant", CurrentMember.require().tenant().slug(), "reference",
                r.reference()));
    }
}
