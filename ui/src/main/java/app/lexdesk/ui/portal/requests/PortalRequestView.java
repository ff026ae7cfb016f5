package app.lexdesk.ui.portal.requests;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.portal.PortalRequestDetails;
import app.lexdesk.core.portal.PortalService;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.MemberCheck;
import app.lexdesk.ui.common.TenantArea;
import app.lexdesk.ui.portal.PortalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * Portal: one request as the core lets the current member see it (their own, one they are named on, or a
 * colleague's when the tenant shows those, read only); anything else is the portal's not-found page. Opening it marks
 * it seen, so "My requests" stops flagging it as updated.
 */
@Route(value = "t/:tenant/portal/requests/:reference", layout = PortalLayout.class)
@TenantArea(TenantArea.Area.PORTAL)
@PermitAll
public class PortalRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PortalService portal;
    private final PortalRequestPanel.Services services;
    private String reference = "";

    PortalRequestView(PortalService portal, AttachmentService attachments, RequestTypeService types, FileLinks links,
            MemberCheck check) {
        this.portal = portal;
        this.services = new PortalRequestPanel.Services(portal, attachments, types, links, check);
        setId("portal-request");
        addClassNames(LumoUtility.MaxWidth.SCREEN_MEDIUM);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isEmpty()) {
            return;
        }
        reference = event.getRouteParameters().get("reference").orElse("");
        Optional<PortalRequestDetails> request = portal.request(reference);
        if (request.isEmpty()) {
            throw new NotFoundException();
        }
        removeAll();
        String shown = reference;
        add(new PortalRequestPanel(services, request.get(), () -> portal.request(shown)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.request.title", reference) + " · Lexdesk";
    }
}
