package app.lexdesk.ui.backoffice.notifications;

import app.lexdesk.core.notifications.NotificationPreferenceService;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.NotificationPreferencesForm;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A member of the legal team's own notification preference (the page the emails' "your notifications" link opens in
 * the back office), reached from the user menu.
 */
@Route(value = "t/:tenant/app/notifications", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class MyNotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationPreferencesForm form;

    MyNotificationsView(NotificationPreferenceService preferences) {
        setId("my-notifications");
        form = new NotificationPreferencesForm(preferences, false);
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
