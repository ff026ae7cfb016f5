package app.lexdesk.ui.common;

import app.lexdesk.core.tenancy.TenantMember;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.Optional;

/**
 * The tenant member of a UI (a browser tab), set by {@link TenantGuard} on every navigation into a tenant
 * area and checked again by {@link AccessRecheck} on every interaction, so it always has the roles of now.
 * Vaadin's later requests for that tab are not bound to the URL, so the core's tenant context reads this
 * through a fallback registered by the guard.
 */
public final class CurrentMember {

    private CurrentMember() {
    }

    public static Optional<TenantMember> of(UI ui) {
        return ui == null ? Optional.empty() : Optional.ofNullable(ComponentUtil.getData(ui, TenantMember.class));
    }

    public static Optional<TenantMember> get() {
        return of(UI.getCurrent());
    }

    public static TenantMember require() {
        return get().orElseThrow(() -> new IllegalStateException("No tenant member for this UI"));
    }

    static void set(UI ui, TenantMember member) {
        ComponentUtil.setData(ui, TenantMember.class, member);
        TenantLogContext.remember(ui, member == null ? null : member.tenant().slug());
    }
}
