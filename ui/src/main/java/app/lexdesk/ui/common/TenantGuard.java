package app.lexdesk.ui.common;

import app.lexdesk.core.onboarding.SignupDomainService;
import app.lexdesk.core.tenancy.LoginIdentity;
import app.lexdesk.core.tenancy.TenantAccessService;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Admits a navigation into {@code t/:tenant/…} only when the logged-in identity is a member of that tenant
 * (issuer, {@code organization} claim and Lexdesk membership, checked by the core) with a role that fits
 * the {@link TenantArea}. Everything else goes to the "not allowed" page, which says nothing about whether
 * the tenant exists — except a person whose verified address is at one of the tenant's self-signup domains, who
 * joins on entering its portal and logs in again. Between navigations, {@link AccessRecheck} checks the tab's
 * member again on every interaction and brings the tab back here when it changed.
 */
@Component
class TenantGuard implements VaadinServiceInitListener {

    private final TenantAccessService access;
    private final MemberCheck check;
    private final SignupDomainService signups;
    private final Supplier<Optional<TenantMember>> fallback = CurrentMember::get;

    TenantGuard(TenantAccessService access, MemberCheck check, SignupDomainService signups) {
        this.access = access;
        this.check = check;
        this.signups = signups;
        TenantContext.registerFallback(fallback);
    }

    @PreDestroy
    void stop() {
        TenantContext.unregisterFallback(fallback);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
        event.addVaadinRequestInterceptor(new TenantLogContext());
        event.addRequestHandler(new AccessRecheck(check));
    }

    void beforeEnter(BeforeEnterEvent event) {
        TenantArea area = event.getNavigationTarget().getAnnotation(TenantArea.class);
        if (area == null) {
            return;
        }
        Optional<LoginIdentity> identity = CurrentIdentity.get();
        if (identity.isEmpty()) {
            return; // not logged in: Vaadin's access control sends the browser to the login page
        }
        String slug = event.getRouteParameters().get("tenant").orElse("");
        Optional<TenantMember> member = access.resolve(slug, identity.get());
        if (member.isEmpty() && area.value() == TenantArea.Area.PORTAL && signups.join(slug, identity.get())) {
            // Joined by email domain: a new login (Keycloak's session is still there) gets a token naming the tenant.
            event.forwardToUrl(SecurityConfiguration.LOGIN);
            return;
        }
        if (member.isEmpty()) {
            CurrentMember.set(event.getUI(), null);
            refuse(event, NotAllowedView.Reason.TENANT);
            return;
        }
        boolean fits = switch (area.value()) {
            case BACK_OFFICE -> member.get().isStaff();
            case PORTAL -> member.get().isPortalUser();
        };
        CurrentMember.set(event.getUI(), member.get());
        if (!fits) {
            refuse(event, area.value() == TenantArea.Area.BACK_OFFICE ? NotAllowedView.Reason.BACK_OFFICE
                    : NotAllowedView.Reason.PORTAL);
        }
    }

    private static void refuse(BeforeEnterEvent event, NotAllowedView.Reason reason) {
        event.rerouteTo(NotAllowedView.ROUTE, QueryParameters.of("reason", reason.name().toLowerCase()));
    }
}
