package app.lexdesk.ui.portal;

import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.common.TenantLayout;
import app.lexdesk.ui.portal.home.PortalHomeView;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The requesters' layout, for every view under {@code t/:tenant/portal}. */
@StyleSheet("context://styles/lexdesk.css")
public class PortalLayout extends TenantLayout {

    PortalLayout(AuthenticationContext authentication) {
        super(authentication, "area.portal");
        addClassName("lexdesk-portal");
    }

    @Override
    protected void navigation(SideNav nav, TenantMember member) {
        nav.addItem(new SideNavItem(getTranslation("nav.myrequests"), PortalHomeView.class,
                new RouteParameters("tenant", member.tenant().slug()), VaadinIcon.FILE_TEXT_O.create()));
        nav.addItem(new SideNavItem(getTranslation("portal.new.title"), "t/" + member.tenant().slug() + "/portal/new",
                VaadinIcon.PLUS.create()));
    }

    @Override
    protected String notificationsRoute(TenantMember member) {
        return "t/" + member.tenant().slug() + "/portal/notifications";
    }
}
