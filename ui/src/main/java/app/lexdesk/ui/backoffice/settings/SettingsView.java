package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.calendar.TenantCalendarService;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.plugins.PluginHost;
import app.lexdesk.core.plugins.PluginSettingsService;
import app.lexdesk.core.plugins.TenantPluginSetting;
import app.lexdesk.core.portal.PortalService;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.workflows.WorkflowService;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * Administrators' settings: which request types requesters are offered (and the first answer each promises), the
 * workflows of matters and contracts, the working days those promises count in, whether requesters see their
 * colleagues' requests in the portal, and the installed plugins — classifiers and notification channels (on/off, the
 * classifiers' order, configuration checked against the plugin's schema before it is saved: {@link PluginEditor});
 * people and their access ({@link MembershipListView}), notification rules ({@link NotificationRulesView}) and the
 * delivery log ({@link DeliveryLogView}) have their own pages.
 */
@Route(value = "t/:tenant/app/settings", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class SettingsView extends VerticalLayout implements BeforeEnterObserver {

    private final RequestTypeService types;
    private final PluginSettingsService plugins;
    private final PluginHost host;
    private final MatterService matters;
    private final ContractService contracts;
    private final WorkflowService workflows;
    private final TenantCalendarService calendars;
    private final PortalService portal;

    SettingsView(RequestTypeService types, PluginSettingsService plugins, PluginHost host, MatterService matters,
            ContractService contracts, WorkflowService workflows, TenantCalendarService calendars,
            PortalService portal) {
        this.portal = portal;
        this.workflows = workflows;
        this.calendars = calendars;
        this.types = types;
        this.matters = matters;
        this.contracts = contracts;
        this.plugins = plugins;
        this.host = host;
        setId("settings");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isEmpty()) {
            return;
        }
        removeAll();
        H1 title = new H1(getTranslation("settings.title"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        add(title);
        if (!CurrentMember.require().has(Role.TENANT_ADMIN)) {
            Paragraph refused = new Paragraph(getTranslation("settings.adminsonly"));
            refused.setId("settings-admins-only");
            add(refused);
            return;
        }
        RouterLink people = new RouterLink(getTranslation("settings.people"), MembershipListView.class,
                new RouteParameters("tenant", CurrentMember.require().tenant().slug()));
        people.setId("settings-people");
        RouterLink notifications = new RouterLink(getTranslation("notifications.settings.title"),
                NotificationRulesView.class, new RouteParameters("tenant", CurrentMember.require().tenant().slug()));
        notifications.setId("settings-notifications");
        RouterLink deliveries = new RouterLink(getTranslation("deliveries.title"), DeliveryLogView.class,
                new RouteParameters("tenant", CurrentMember.require().tenant().slug()));
        deliveries.setId("settings-deliveries");
        add(new HorizontalLayout(people, notifications, deliveries));
        Grid<RequestTypeDetails> requestTypes = requestTypes();
        Button newType = new Button(getTranslation("settings.type.new"), e -> new RequestTypeDialog(types, matters,
                contracts, null, () -> requestTypes.setItems(types.all())).open());
        newType.setId("new-request-type");
        add(new H2(getTranslation("settings.requesttypes")), newType, requestTypes);
        add(new H2(getTranslation("settings.workflows")), new WorkflowEditor(workflows));
        add(new H2(getTranslation("settings.calendar")), new CalendarEditor(calendars));
        add(new H2(getTranslation("settings.portal")), companyRequests());
        add(new H2(getTranslation("settings.plugins")));
        List<TenantPluginSetting> current = plugins.settings();
        host.installed().forEach(p -> add(new PluginEditor(plugins, host, p, current.stream()
                .filter(s -> s.pluginId().equals(p.id())).findFirst()
                .orElse(new TenantPluginSetting(p.id(), false, current.size(), Map.of())))));
    }

    /** Whether requesters see their colleagues' requests (same company), read only; saved as soon as it is changed. */
    private Checkbox companyRequests() {
        Checkbox visible = new Checkbox(getTranslation("settings.portal.company-requests"),
                portal.companyRequestsVisible());
        visible.setId("settings-company-requests");
        visible.setHelperText(getTranslation("settings.portal.company-requests.help"));
        visible.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                portal.setCompanyRequestsVisible(e.getValue());
                Notification.show(getTranslation(e.getValue() ? "settings.portal.company-requests.on"
                        : "settings.portal.company-requests.off"));
            }
        });
        return visible;
    }

    private Grid<RequestTypeDetails> requestTypes() {
        Grid<RequestTypeDetails> grid = new Grid<>();
        grid.setId("request-types");
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> t.name(getLocale())).setHeader(getTranslation("settings.type.name")).setFlexGrow(1);
        grid.addColumn(t -> getTranslation(RequestTypeDialog.kindKey(t.kind())))
                .setHeader(getTranslation("settings.type.kind")).setAutoWidth(true);
        grid.addColumn(t -> t.defaultTarget() == null ? "—" : t.defaultTarget())
                .setHeader(getTranslation("settings.type.target")).setAutoWidth(true);
        grid.addColumn(t -> t.firstResponseDays() == null ? "—"
                : getTranslation("settings.type.first-response.days", t.firstResponseDays()))
                .setHeader(getTranslation("settings.type.first-response.column")).setAutoWidth(true);
        grid.addColumn(t -> t.fields().size()).setHeader(getTranslation("settings.type.fields")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Checkbox active = new Checkbox(t.active());
            active.setId("active-" + t.code());
            active.addValueChangeListener(e -> types.setActive(t.code(), e.getValue()));
            return active;
        }).setHeader(getTranslation("settings.type.active")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button edit = new Button(getTranslation("settings.type.edit"), e -> new RequestTypeDialog(types, matters,
                    contracts, t, () -> grid.setItems(types.all())).open());
            edit.setId("edit-" + t.code());
            edit.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setAutoWidth(true);
        grid.setItems(types.all());
        return grid;
    }
}
