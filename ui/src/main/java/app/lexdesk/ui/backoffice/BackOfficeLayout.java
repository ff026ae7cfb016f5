package app.lexdesk.ui.backoffice;

import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.backoffice.contracts.ContractListView;
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
        String slug = member.tenant().slug();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), BackOfficeHomeView.class,
                new RouteParameters("tenant", slug), VaadinIcon.HOME.create()));
        SideNavItem matters = new SideNavItem(getTranslation("nav.matters"), "t/" + slug + "/app/matters/all",
                VaadinIcon.FOLDER_O.create());
        matters.setMatchNested(true);
        nav.addItem(matters);
        nav.addItem(new SideNavItem(getTranslation("nav.contracts"), ContractListView.class,
                new RouteParameters("tenant", slug), VaadinIcon.FILE_TEXT_O.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.people"), "t/" + slug + "/app/people",
                VaadinIcon.USERS.create()));
        if (member.has(Role.TENANT_ADMIN)) {
            SideNavItem settings = new SideNavItem(getTranslation("nav.settings"), "t/" + slug + "/app/settings",
                    VaadinIcon.COG_O.create());
            settings.addItem(new SideNavItem(getTranslation("settings.people"), "t/" + slug + "/app/settings/people",
                    VaadinIcon.USERS.create()));
            settings.addItem(new SideNavItem(getTranslation("notifications.settings.title"),
                    "t/" + slug + "/app/settings/notifications", VaadinIcon.BELL_O.create()));
            settings.addItem(new SideNavItem(getTranslation("deliveries.title"),
                    "t/" + slug + "/app/settings/deliveries", VaadinIcon.ENVELOPES_O.create()));
            nav.addItem(settings);
        }
    }

    @Override
    protected String notificationsRoute(TenantMember member) {
        return "t/" + member.tenant().slug() + "/app/notifications";
    }
}
