package app.lexdesk.ui.backoffice;

import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.backoffice.home.BackOfficeHomeView;
import app.lexdesk.ui.common.TenantLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The legal team's layout, for every view under {@code t/:tenant/app}. */
@StyleSheet("context://styles/lexdesk.css")
public class BackOfficeLayout extends TenantLayout {

    BackOfficeLayout(AuthenticationContext authentication) {
        super(authentication, "area.backoffice");
        addClassName("lexdesk-backoffice");
    }

    @Override
    protected void navigation(SideNav nav, TenantMember member) {
        nav.addItem(new SideNavItem(getTranslation("nav.home"), BackOfficeHomeView.class,
                new RouteParameters("tenant", member.tenant().slug()), VaadinIcon.HOME.create()));
    }
}
