package app.lexdesk.ui.portal.requests;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.RecordFileService;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.intake.SubmittedRequest;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.MemberCheck;
import app.lexdesk.ui.common.RequestDetailsPanel;
import app.lexdesk.ui.common.TenantArea;
import app.lexdesk.ui.portal.PortalLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * Portal: one of the requester's own requests (the core refuses anyone else's), the files shared with them on it,
 * and "Send files".
 */
@Route(value = "t/:tenant/portal/requests/:reference", layout = PortalLayout.class)
@TenantArea(TenantArea.Area.PORTAL)
@PermitAll
public class PortalRequestView extends VerticalLayout implements BeforeEnterObserver {

    private final IntakeService intake;
    private final RequestTypeService types;
    private final PortalFilesPanel.Services files;

    PortalRequestView(IntakeService intake, RequestTypeService types, RecordFileService files,
            AttachmentService attachments, FileLinks links, MemberCheck check) {
        this.intake = intake;
        this.types = types;
        this.files = new PortalFilesPanel.Services(files, attachments, links, check);
        setId("portal-request");
        addClassNames(LumoUtility.MaxWidth.SCREEN_MEDIUM);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isEmpty()) {
            return;
        }
        String reference = event.getRouteParameters().get("reference").orElse("");
        Optional<SubmittedRequest> request = intake.find(reference);
        if (request.isEmpty()) {
            throw new NotFoundException();
        }
        removeAll();
        H1 title = new H1(getTranslation("portal.request.title", reference));
        title.setId("request-reference");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        Paragraph received = new Paragraph(getTranslation("portal.request.received"));
        received.setId("request-received");
        add(title, received, new RequestDetailsPanel(request.get(), types.find(request.get().typeCode()), getLocale()),
                new PortalFilesPanel(files, request.get().id()));
    }
}
