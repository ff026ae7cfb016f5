package app.lexdesk.ui.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.shared.ApplicationConstants;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.MDC;

/**
 * Puts the tenant of a browser tab in the log MDC ({@code tenantId}) for the whole of each Vaadin request of
 * that tab, as the API's tenant filter does for API calls. Vaadin's follow-up requests name their UI
 * ({@code v-uiId}) but not the tenant, so the tenant each UI was let into is noted in the HTTP session when
 * the route guard admits it, and read back here before the session is even locked. Logging only: access is
 * decided by the route guard and the core, never by this.
 */
final class TenantLogContext implements VaadinRequestInterceptor {

    static final String MDC_KEY = "tenantId";
    private static final String UI_TENANTS = TenantLogContext.class.getName() + ".uiTenants";

    /**
     * Notes (or, with {@code null}, forgets) the tenant {@code ui} was let into. Called by the route guard,
     * which runs with the Vaadin session locked, so two tabs of a session never create the map together.
     */
    static void remember(UI ui, String tenantSlug) {
        WrappedSession session = ui.getSession() == null ? null : ui.getSession().getSession();
        if (session == null) {
            return;
        }
        Map<Integer, String> tenants = tenants(session, tenantSlug != null);
        if (tenants == null) {
            return;
        }
        if (tenantSlug == null) {
            tenants.remove(ui.getUIId());
        } else if (tenants.put(ui.getUIId(), tenantSlug) == null) {
            ui.addDetachListener(e -> tenants.remove(ui.getUIId()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, String> tenants(WrappedSession session, boolean create) {
        Object found = session.getAttribute(UI_TENANTS);
        if (found == null && create) {
            found = new ConcurrentHashMap<Integer, String>();
            session.setAttribute(UI_TENANTS, found);
        }
        return (Map<Integer, String>) found;
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        MDC.remove(MDC_KEY);
        String uiId = request.getParameter(ApplicationConstants.UI_ID_PARAMETER);
        WrappedSession session = request.getWrappedSession(false);
        if (uiId == null || session == null) {
            return;
        }
        try {
            Map<Integer, String> tenants = tenants(session, false);
            String slug = tenants == null ? null : tenants.get(Integer.valueOf(uiId));
            if (slug != null) {
                MDC.put(MDC_KEY, slug);
            }
        } catch (NumberFormatException | IllegalStateException e) {
            // Not a UI request we know, or a session already invalidated: log without a tenant.
        }
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
            Exception exception) {
        // The MDC stays until requestEnd, so the error is logged with the tenant.
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        MDC.remove(MDC_KEY);
    }
}
