package app.lexdesk.ui.common;

import app.lexdesk.core.tenancy.TenantMember;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * What the back office and the portal layouts share: the tenant's name, the area's label, navigation and
 * the user menu, filled once the guard has admitted the member.
 */
public abstract class TenantLayout extends AppLayout implements BeforeEnterObserver {

    private final AuthenticationContext authentication;
    private final Span tenantName = new Span();
    private final HorizontalLayout userArea = new HorizontalLayout();
    private final SideNav nav = new SideNav();
    private String renderedFor;

    protected TenantLayout(AuthenticationContext authentication, String areaKey) {
        this.authentication = authentication;
        tenantName.setId("tenant-name");
        tenantName.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        Span area = new Span(getTranslation(areaKey));
        area.setId("area-name");
        area.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        HorizontalLayout header = new HorizontalLayout(ComponentTexts.apply(new DrawerToggle()), tenantName,
                area);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.addClassNames(LumoUtility.Padding.Horizontal.SMALL);
        header.setWidthFull();
        userArea.addClassNames(LumoUtility.Margin.Left.AUTO, LumoUtility.Padding.Horizontal.MEDIUM);
        header.add(userArea);
        addToNavbar(header);
        addToDrawer(ComponentTexts.apply(nav));
        ComponentTexts.apply(this);
        addClassName("lexdesk-layout");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentMember.get().ifPresent(member -> {
            // Roles are part of it: navigation differs by role (Settings only for administrators).
            String key = member.tenant().slug() + "/" + member.personId() + "/"
                    + member.roles().stream().sorted().toList();
            if (key.equals(renderedFor)) {
                return;
            }
            renderedFor = key;
            tenantName.setText(member.tenantName());
            userArea.removeAll();
            userArea.add(new UserMenu(member, authentication, notificationsRoute(member)));
            nav.removeAll();
            navigation(nav, member);
        });
    }

    /** Adds the area's navigation items for {@code member}. */
    protected abstract void navigation(SideNav nav, TenantMember member);

    /** The route of {@code member}'s notification preferences in this area (where the emails link to). */
    protected abstract String notificationsRoute(TenantMember member);
}
