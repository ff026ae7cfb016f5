package app.lexdesk.ui.common;

import app.lexdesk.core.tenancy.TenantAccessService;
import app.lexdesk.core.tenancy.TenantMember;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The application root: sends a person with one workspace straight to its home (back office for staff,
 * portal for requesters) and lets a person with several choose.
 */
@Route("")
@PermitAll
class RootView extends VerticalLayout implements BeforeEnterObserver {

    private final TenantAccessService access;

    RootView(TenantAccessService access) {
        this.access = access;
        addClassNames(LumoUtility.Padding.XLARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<TenantMember> memberships = CurrentIdentity.get().map(access::memberships).orElse(List.of());
        if (memberships.isEmpty()) {
            event.forwardTo(NotAllowedView.ROUTE, QueryParameters.of("reason", "none"));
        } else if (memberships.size() == 1) {
            event.forwardTo(Homes.of(memberships.get(0)));
        } else {
            removeAll();
            add(new H1(getTranslation("root.choose")));
            memberships.forEach(m -> add(new Anchor(Homes.of(m), m.tenantName() + " — "
                    + getTranslation(m.isStaff() ? "area.backoffice" : "area.portal"))));
        }
    }
}
