package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.notifications.DeliveryLogService;
import app.lexdesk.core.notifications.DeliveryStatus;
import app.lexdesk.core.notifications.DeliverySummary;
import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.plugins.ChannelOption;
import app.lexdesk.core.plugins.NotificationChannels;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.Formats;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * Settings → Delivery log, for administrators: every notification delivery, newest first, read a page at a time and
 * filtered by status — when, which event on which record, to whom, through which channel, where it is, how many
 * attempts, the next one and the last error — with a retry for those that failed or wait to be retried.
 */
@Route(value = "t/:tenant/app/settings/deliveries", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class DeliveryLogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DeliveryLogService deliveries;
    private final NotificationChannels channels;
    private Map<String, String> channelNames = Map.of();
    private final Select<DeliveryStatus> status = new Select<>();
    private final Span count = new Span();
    private final Grid<DeliverySummary> grid = new Grid<>();

    DeliveryLogView(DeliveryLogService deliveries, NotificationChannels channels) {
        this.deliveries = deliveries;
        this.channels = channels;
        setId("delivery-log");
        setSizeFull();
        status.setId("deliveries-status");
        status.setLabel(getTranslation("deliveries.filter.status"));
        status.setItems(DeliveryStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("deliveries.filter.all")
                : getTranslation(NotificationLabels.status(s)));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("deliveries.filter.all"));
        status.setPlaceholder(getTranslation("deliveries.filter.all"));
        status.addValueChangeListener(e -> refresh());
        count.setId("deliveries-count");
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        grid.setId("deliveries");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(d -> Formats.dateTime(d.createdAt(), getLocale())).setKey("created")
                .setHeader(getTranslation("deliveries.created")).setAutoWidth(true);
        grid.addColumn(d -> NotificationEvent.fromKey(d.event()).map(e -> getTranslation(NotificationLabels.event(e)))
                .orElse(d.event())).setKey("event").setHeader(getTranslation("notifications.rule.event"))
                .setFlexGrow(1);
        grid.addColumn(d -> d.recordReference() == null ? "" : d.recordReference()).setKey("record")
                .setHeader(getTranslation("deliveries.record")).setAutoWidth(true);
        grid.addColumn(DeliveryLogView::recipient).setKey("recipient")
                .setHeader(getTranslation("notifications.preview.recipient")).setFlexGrow(1);
        grid.addColumn(d -> channelNames.getOrDefault(d.channel(), d.channel())).setKey("channel").setHeader(getTranslation("notifications.rule.channel")).setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setKey("status").setHeader(getTranslation("deliveries.status"))
                .setAutoWidth(true);
        grid.addColumn(DeliverySummary::attempts).setKey("attempts").setHeader(getTranslation("deliveries.attempts"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.status() == DeliveryStatus.RETRYING || d.status() == DeliveryStatus.PENDING
                ? Formats.dateTime(d.nextAttemptAt(), getLocale()) : "").setKey("next")
                .setHeader(getTranslation("deliveries.next")).setAutoWidth(true);
        grid.addComponentColumn(this::lastError).setKey("error").setHeader(getTranslation("deliveries.error"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::retry).setKey("retry").setAutoWidth(true);
        grid.setItems(q -> deliveries.page(status.getValue(), q.getPage(), q.getPageSize()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, deliveries.count(status.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentMember.get().ifPresent(this::show);
    }

    /** Fills the page for {@code me}: the log for an administrator, a refusal for anyone else. */
    void show(TenantMember me) {
        removeAll();
        H1 title = new H1(getTranslation("deliveries.title"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        add(title);
        if (!me.has(Role.TENANT_ADMIN)) {
            Paragraph refused = new Paragraph(getTranslation("settings.adminsonly"));
            refused.setId("settings-admins-only");
            add(refused);
            return;
        }
        channelNames = NotificationRulesView.channelChoices(channels, this, getLocale()).stream()
                .collect(Collectors.toMap(ChannelOption::id, ChannelOption::name, (a, b) -> a));
        RouteParameters tenant = new RouteParameters("tenant", me.tenant().slug());
        RouterLink back = new RouterLink(getTranslation("settings.people.back"), SettingsView.class, tenant);
        back.setId("back-to-settings");
        RouterLink rules = new RouterLink(getTranslation("notifications.settings.title"), NotificationRulesView.class,
                tenant);
        rules.setId("to-notification-rules");
        HorizontalLayout bar = new HorizontalLayout(status, count);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new HorizontalLayout(back, rules), new Paragraph(getTranslation("deliveries.intro")), bar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("deliveries.count", deliveries.count(status.getValue())));
    }

    private static String recipient(DeliverySummary d) {
        String name = d.recipientName() == null ? "" : d.recipientName().strip();
        return name.isEmpty() || name.equalsIgnoreCase(d.address()) ? d.address() : name + " <" + d.address() + ">";
    }

    private Span statusBadge(DeliverySummary d) {
        Span badge = new Span(getTranslation(NotificationLabels.status(d.status())));
        badge.getElement().getThemeList().add(NotificationLabels.badge(d.status()));
        badge.setId("delivery-status-" + d.id());
        return badge;
    }

    private Span lastError(DeliverySummary d) {
        Span error = new Span(d.status() == DeliveryStatus.SENT || d.lastError() == null ? "" : d.lastError());
        error.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Whitespace.PRE_WRAP);
        if (d.status() == DeliveryStatus.FAILED || d.status() == DeliveryStatus.RETRYING) {
            error.addClassNames(LumoUtility.TextColor.ERROR);
        }
        error.setId("delivery-error-" + d.id());
        return error;
    }

    private Component retry(DeliverySummary d) {
        if (d.status() != DeliveryStatus.FAILED && d.status() != DeliveryStatus.RETRYING) {
            return new Span();
        }
        Button retry = new Button(getTranslation("deliveries.retry"), e -> retryNow(d));
        retry.setId("retry-" + d.id());
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return retry;
    }

    private void retryNow(DeliverySummary d) {
        try {
            DeliverySummary now = deliveries.retry(d.id());
            Notification.show(getTranslation("deliveries.retried", recipient(now),
                    getTranslation(NotificationLabels.status(now.status()))))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalStateException | NoSuchElementException e) {
            Notification.show(getTranslation("deliveries.retry.refused"))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliveries.title") + " · Lexdesk";
    }
}
