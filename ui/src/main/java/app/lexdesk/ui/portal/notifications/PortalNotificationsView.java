package app.lexdesk.ui.portal.notifications;

import app.lexdesk.core.notifications.NotificationPreferenceService;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.NotificationPreferencesForm;
import app.lexdesk.ui.common.TenantArea;
import app.lexdesk.ui.portal.PortalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A requester's own notification preference (the page the emails' "your notifications" link opens in the portal),
 * reached from the user menu: what the legal team marked mandatory still arrives.
 */
@Route(value = "t/:tenant/portal/notifications", layout = PortalLayout.class)
@TenantArea(TenantArea.Area.PORTAL)
@PermitAll
public class PortalNotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationPreferencesForm form;

    PortalNotificationsView(NotificationPreferenceService preferences) {
        setId("portal-notifications");
        form = new NotificationPreferencesForm(preferences, true);
        form.setMaxWidth("48em");
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isPresent()) {
            form.load();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("preferences.title") + " · Lexdesk";
    }
}
