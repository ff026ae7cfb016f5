package app.lexdesk.ui.portal.home;

import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.portal.PortalPage;
import app.lexdesk.core.portal.PortalQuery;
import app.lexdesk.core.portal.PortalRequestSummary;
import app.lexdesk.core.portal.PortalScope;
import app.lexdesk.core.portal.PortalService;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.MemberCheck;
import app.lexdesk.ui.common.TenantArea;
import app.lexdesk.ui.portal.PortalLayout;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The requester's home in the client portal: "My requests" — their own, those they are named on and, when the tenant
 * allows it, their colleagues' (marked) — searched and filtered in the core and read a page at a time as the list
 * scrolls, with what changed since they last looked, an export of what the filter finds, and a way to submit a new
 * one. A phone gets one card per request instead of the table's columns.
 */
@Route(value = "t/:tenant/portal", layout = PortalLayout.class)
@TenantArea(TenantArea.Area.PORTAL)
@PermitAll
public class PortalHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Rows read from the core at a time; the grid asks for pages of this size. */
    static final int PAGE = 50;
    /** Below this window width (CSS pixels) requests show as cards. */
    static final int NARROW = 640;

    private final PortalService portal;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final TextField search = new TextField();
    private final Select<PortalScope> scope = new Select<>();
    private final Select<RequestKind> kind = new Select<>();
    private final PortalExportMenu export;
    private final Span count = new Span();
    private final Div content = new Div();
    private final Grid<PortalRequestSummary> grid = new Grid<>();
    private final VirtualList<PortalRequestSummary> cards = new VirtualList<>();
    private final CallbackDataProvider<PortalRequestSummary, Void> requests;
    private final RequestCells cells = new RequestCells(this, getLocale());
    private PortalQuery query = PortalQuery.all();
    private PortalPage firstPage;
    private PortalPage unread;
    private boolean showingCards;
    private Registration resize;

    PortalHomeView(PortalService portal, MemberCheck check) {
        this.portal = portal;
        this.export = new PortalExportMenu(portal, check);
        setId("portal-home");
        setSizeFull();
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        Button newRequest = new Button(getTranslation("portal.new.title"), VaadinIcon.PLUS.create());
        newRequest.setId("new-request-button");
        newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRequest.addClickListener(e -> newRequest.getUI().ifPresent(ui -> ui.navigate(
                "t/" + CurrentMember.require().tenant().slug() + "/portal/new")));
        requests = DataProvider.fromCallbacks(q -> Pages.slice(q.getOffset(), q.getLimit(), PAGE, this::page).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, firstPage == null ? 0 : firstPage.total()));
        filters();
        table();
        cards.setId("my-requests-cards");
        cards.setRenderer(new ComponentRenderer<>(cells::card));
        cards.setDataProvider(requests);
        cards.setWidthFull();
        count.setId("my-requests-count");
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        content.setWidthFull();
        content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Flex.GROW);
        content.getStyle().set("min-height", "0");
        content.add(grid);
        HorizontalLayout bar = new HorizontalLayout(search, scope, kind, export);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassNames(LumoUtility.FlexWrap.WRAP);
        add(title, intro, newRequest, bar, count, content);
    }

    private void filters() {
        search.setId("my-requests-search");
        search.setPlaceholder(getTranslation("portal.list.search"));
        search.setAriaLabel(getTranslation("portal.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.addClassNames(LumoUtility.Flex.GROW);
        search.setMinWidth("12rem");
        search.addValueChangeListener(e -> refresh());
        scope.setId("my-requests-scope");
        scope.setAriaLabel(getTranslation("portal.list.scope"));
        scope.setItems(PortalScope.values());
        scope.setItemLabelGenerator(s -> getTranslation(switch (s) {
            case ALL -> "portal.list.scope.all";
            case OPEN -> "portal.list.scope.open";
            case CLOSED -> "portal.list.scope.closed";
        }));
        scope.setValue(PortalScope.ALL);
        scope.addValueChangeListener(e -> refresh());
        kind.setId("my-requests-kind");
        kind.setAriaLabel(getTranslation("portal.list.kind"));
        kind.setItems(RequestKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("portal.list.kind.any"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("portal.list.kind.any") : k == RequestKind.CONTRACT
                ? getTranslation("portal.list.kind.contracts") : getTranslation("portal.list.kind.matters"));
        kind.addValueChangeListener(e -> refresh());
    }

    private void table() {
        grid.setId("my-requests");
        grid.addClassName("lexdesk-list");
        grid.setPageSize(PAGE);
        grid.setEmptyStateText(getTranslation("portal.list.none"));
        // Reference, type, status and dates as wide as their content; the subject takes the rest and is never
        // squeezed.
        grid.addComponentColumn(cells::reference).setKey("reference").setHeader(getTranslation("list.reference"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(cells::subject).setKey("subject").setHeader(getTranslation("request.field.subject"))
                .setWidth("16rem").setFlexGrow(1).setTooltipGenerator(PortalRequestSummary::subject);
        grid.addColumn(cells::type).setKey("type").setHeader(getTranslation("request.field.type"))
                .setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(cells::kindAndType);
        grid.addComponentColumn(cells::status).setKey("status").setHeader(getTranslation("list.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(cells::assignee).setKey("assignee").setHeader(getTranslation("portal.request.assignee"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(cells::lastUpdate).setKey("last-update")
                .setHeader(getTranslation("portal.list.last-update")).setAutoWidth(true).setFlexGrow(0);
        grid.setDataProvider(requests);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentMember.get().ifPresent(this::show);
    }

    private void show(TenantMember member) {
        title.setText(getTranslation("portal.home.welcome", member.displayName()));
        intro.setText(getTranslation("portal.home.intro", member.tenantName()));
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().retrieveExtendedClientDetails(d -> useCards(d.getWindowInnerWidth() < NARROW));
        resize = event.getUI().getPage().addBrowserWindowResizeListener(e -> useCards(e.getWidth() < NARROW));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
        super.onDetach(event);
    }

    /** Cards on a phone, the table otherwise; the list reads the same pages either way. */
    void useCards(boolean narrow) {
        if (narrow == showingCards) {
            return;
        }
        showingCards = narrow;
        content.removeAll();
        content.add(narrow ? cards : grid);
    }

    boolean showsCards() {
        return showingCards;
    }

    /** Reads the filter again: the total and the first page at once, the rest as the list scrolls. */
    private void refresh() {
        query = new PortalQuery(search.getValue(), scope.getValue(), kind.getValue());
        firstPage = portal.requests(query, 0, PAGE);
        unread = firstPage;
        count.setText(getTranslation("portal.list.count", firstPage.total()));
        export.prepare(query);
        requests.refreshAll();
    }

    private List<PortalRequestSummary> page(int number, int size) {
        // The first page was read with the total; the list's first fetch after a refresh takes it from there.
        PortalPage cached = unread;
        unread = null;
        if (number == 0 && cached != null && cached.size() == size) {
            return cached.items();
        }
        return portal.requests(query, number, size).items();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.home.title") + " · Lexdesk";
    }
}
