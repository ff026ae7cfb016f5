package app.lexdesk.ui.portal.home;

import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.PortalRequest;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.Formats;
import app.lexdesk.ui.common.TenantArea;
import app.lexdesk.ui.portal.PortalLayout;
import app.lexdesk.ui.portal.requests.PortalRequestView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/** The requester's home in the client portal: their requests, and a way to submit a new one. */
@Route(value = "t/:tenant/portal", layout = PortalLayout.class)
@TenantArea(TenantArea.Area.PORTAL)
@PermitAll
public class PortalHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final IntakeService intake;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Grid<PortalRequest> requests = new Grid<>();
    private final Button newRequest = new Button();

    PortalHomeView(IntakeService intake) {
        this.intake = intake;
        setId("portal-home");
        setSizeFull();
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        newRequest.setText(getTranslation("portal.new.title"));
        newRequest.setIcon(VaadinIcon.PLUS.create());
        newRequest.setId("new-request-button");
        newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRequest.addClickListener(e -> newRequest.getUI().ifPresent(ui -> ui.navigate(
                "t/" + CurrentMember.require().tenant().slug() + "/portal/new")));
        requests.setId("my-requests");
        // Reference, type and date as wide as their content; the subject takes the rest and is never squeezed.
        requests.addComponentColumn(r -> new RouterLink(r.reference(), PortalRequestView.class, new RouteParameters(
                Map.of("tenant", CurrentMember.require().tenant().slug(), "reference", r.reference()))))
                .setHeader(getTranslation("request.field.reference")).setAutoWidth(true).setFlexGrow(0);
        requests.addColumn(r -> "fr".equals(getLocale().getLanguage()) ? r.typeNameFr() : r.typeNameEn())
                .setHeader(getTranslation("request.field.type")).setAutoWidth(true).setFlexGrow(0);
        requests.addColumn(PortalRequest::subject).setHeader(getTranslation("request.field.subject"))
                .setWidth("16rem").setFlexGrow(1).setTooltipGenerator(PortalRequest::subject);
        requests.addColumn(r -> Formats.dateTime(r.submittedAt(), getLocale()))
                .setHeader(getTranslation("request.field.submitted")).setAutoWidth(true).setFlexGrow(0);
        add(title, intro, newRequest, requests);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentMember.get().ifPresent(this::show);
    }

    private void show(TenantMember member) {
        title.setText(getTranslation("portal.home.welcome", member.displayName()));
        intro.setText(getTranslation("portal.home.intro", member.tenantName()));
        List<PortalRequest> mine = intake.mine();
        requests.setItems(mine);
        requests.setVisible(!mine.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.home.title") + " · Lexdesk";
    }
}
