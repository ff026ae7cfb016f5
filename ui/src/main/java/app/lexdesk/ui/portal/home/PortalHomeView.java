package app.lexdesk.ui.portal.home;

import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.TenantArea;
import app.lexdesk.ui.portal.PortalLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/** The requester's home in the client portal: their requests (with the intake issue). */
@Route(value = "t/:tenant/portal", layout = PortalLayout.class)
@TenantArea(TenantArea.Area.PORTAL)
@PermitAll
public class PortalHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();

    PortalHomeView() {
        setId("portal-home");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(title, intro);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentMember.get().ifPresent(this::show);
    }

    private void show(TenantMember member) {
        title.setText(getTranslation("portal.home.welcome", member.displayName()));
        intro.setText(getTranslation("portal.home.intro", member.tenantName()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.home.title") + " · Lexdesk";
    }
}
