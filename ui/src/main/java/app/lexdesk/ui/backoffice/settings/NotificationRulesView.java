package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.notifications.NotificationRule;
import app.lexdesk.core.notifications.NotificationRuleService;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.plugins.ChannelOption;
import app.lexdesk.core.plugins.NotificationChannels;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.common.ComponentTexts;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Settings → Notifications, for administrators: the tenant's rules — which event, on which records, reaches whom,
 * through which channel — added, changed and deleted through a {@link NotificationRuleDialog}, and "who would be
 * notified?" by the saved rules for an event on a record. The delivery log has its own page ({@link DeliveryLogView}).
 * Other staff see that only administrators change it; the core refuses them anyway.
 */
@Route(value = "t/:tenant/app/settings/notifications", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class NotificationRulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationRuleService rules;
    private final PeopleService people;
    private final MatterService matters;
    private final ContractService contracts;
    private final RequestTypeService types;
    private final RecordWorkService work;
    private final NotificationChannels channels;
    private final Grid<NotificationRule> grid = new Grid<>();
    private final Map<UUID, String> companies = new HashMap<>();
    private RuleChoices choices;

    NotificationRulesView(NotificationRuleService rules, PeopleService people, MatterService matters,
            ContractService contracts, RequestTypeService types, RecordWorkService work, NotificationChannels channels) {
        this.rules = rules;
        this.people = people;
        this.matters = matters;
        this.contracts = contracts;
        this.types = types;
        this.work = work;
        this.channels = channels;
        setId("notification-settings");
        grid.setId("notification-rules");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> getTranslation(NotificationLabels.event(r.event()))).setKey("event")
                .setHeader(getTranslation("notifications.rule.event")).setFlexGrow(1);
        grid.addColumn(r -> r.name().isBlank() ? "—" : r.name()).setKey("name")
                .setHeader(getTranslation("notifications.rule.name")).setFlexGrow(1);
        grid.addColumn(r -> choices.filters(r, companies.get(r.companyId()), this, getLocale())).setKey("filters")
                .setHeader(getTranslation("notifications.rule.filters")).setFlexGrow(1);
        grid.addColumn(r -> choices.recipients(r, this)).setKey("recipients")
                .setHeader(getTranslation("notifications.rule.recipients")).setFlexGrow(2);
        grid.addColumn(r -> choices.channelName(r.channel())).setKey("channel").setHeader(getTranslation("notifications.rule.channel")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.mandatory() ? "common.yes" : "common.no")).setKey("mandatory")
                .setHeader(getTranslation("notifications.rule.mandatory.column")).setAutoWidth(true);
        grid.addComponentColumn(this::enabled).setKey("enabled")
                .setHeader(getTranslation("notifications.rule.enabled.column")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentMember.get().ifPresent(this::show);
    }

    /** Fills the page for {@code me}: the rules and the preview for an administrator, a refusal for anyone else. */
    void show(TenantMember me) {
        removeAll();
        H1 title = new H1(getTranslation("notifications.settings.title"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        add(title);
        if (!me.has(Role.TENANT_ADMIN)) {
            Paragraph refused = new Paragraph(getTranslation("settings.adminsonly"));
            refused.setId("settings-admins-only");
            add(refused);
            return;
        }
        RouteParameters tenant = new RouteParameters("tenant", me.tenant().slug());
        RouterLink back = new RouterLink(getTranslation("settings.people.back"), SettingsView.class, tenant);
        back.setId("back-to-settings");
        RouterLink log = new RouterLink(getTranslation("deliveries.title"), DeliveryLogView.class, tenant);
        log.setId("to-deliveries");
        HorizontalLayout links = new HorizontalLayout(back, log);
        choices = new RuleChoices(matters.boards(), contracts.types(), types.all(), work.staff(),
                channelChoices(channels, this, getLocale()));
        Button add = new Button(getTranslation("notifications.rule.new"), VaadinIcon.PLUS.create(),
                e -> open(null));
        add.setId("new-rule");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        NotificationPreview preview = new NotificationPreview(rules, "rules-preview", null,
                refusal -> Notification.show(refusal.getMessage()), choices::channelName);
        add(links, new Paragraph(getTranslation("notifications.settings.intro")), add, grid,
                new H2(getTranslation("notifications.preview.title")),
                new Paragraph(getTranslation("notifications.preview.intro")), preview);
        refresh();
    }

    /** Email first, then the channel plugins the tenant switched on, each by its name. */
    static List<ChannelOption> channelChoices(NotificationChannels channels, Component in, Locale locale) {
        List<ChannelOption> all = new ArrayList<>();
        all.add(new ChannelOption(NotificationLabels.EMAIL, in.getTranslation("notifications.channel.email")));
        all.addAll(channels.available(locale));
        return all;
    }

    void refresh() {
        List<NotificationRule> all = rules.rules();
        companies.clear();
        all.stream().map(NotificationRule::companyId).filter(id -> id != null).distinct()
                .forEach(id -> companies.put(id, people.findCompany(id).map(CompanySummary::name).orElse(null)));
        grid.setItems(all);
    }

    /** Opens the dialog on {@code rule} (null: a new one); the list is read again however it closes. */
    private void open(NotificationRule rule) {
        NotificationRuleDialog dialog = new NotificationRuleDialog(rules, people, choices, rule, () -> { });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    private Span enabled(NotificationRule rule) {
        Span state = new Span(getTranslation(rule.enabled() ? "notifications.rule.on" : "notifications.rule.off"));
        state.getElement().getThemeList().add(rule.enabled() ? "badge success" : "badge contrast");
        state.setId("rule-state-" + rule.id());
        return state;
    }

    private HorizontalLayout actions(NotificationRule rule) {
        Button edit = new Button(getTranslation("notifications.rule.edit"), e -> rules.find(rule.id())
                .ifPresentOrElse(this::open, () -> {
                    Notification.show(getTranslation("notifications.rule.gone"));
                    refresh();
                }));
        edit.setId("edit-rule-" + rule.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(getTranslation("notifications.rule.delete"), e -> confirmDelete(rule));
        delete.setId("delete-rule-" + rule.id());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, delete);
        actions.setSpacing(false);
        return actions;
    }

    private void confirmDelete(NotificationRule rule) {
        String label = rule.name().isBlank() ? getTranslation(NotificationLabels.event(rule.event())) : rule.name();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("notifications.rule.delete.title"),
                getTranslation("notifications.rule.delete.text", label),
                getTranslation("notifications.rule.delete"), e -> {
                    try {
                        rules.delete(rule.id());
                        Notification.show(getTranslation("notifications.rule.deleted"));
                    } catch (NoSuchElementException gone) {
                        Notification.show(getTranslation("notifications.rule.gone"));
                    }
                    refresh();
                });
        confirm.setId("delete-rule-confirm");
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        ComponentTexts.apply(confirm);
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.settings.title") + " · Lexdesk";
    }
}
