package app.lexdesk.ui.backoffice.matters;

import app.lexdesk.core.matters.Board;
import app.lexdesk.core.matters.MatterQuery;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.MatterSummary;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.responses.ExpectedResponseService;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.backoffice.ExportMenu;
import app.lexdesk.ui.backoffice.ListColumns;
import app.lexdesk.ui.backoffice.RecordFilterBar;
import app.lexdesk.ui.backoffice.ResponseIndicators;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.Formats;
import app.lexdesk.ui.common.MemberCheck;
import app.lexdesk.ui.common.StatusNames;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The Matters boards (Corporate, Litigation, Intellectual property, All): lazy, searchable, sortable, with whether
 * each portal request's first answer is on time (one question to the core per page).
 */
@Route(value = "t/:tenant/app/matters/:board?", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class MatterListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The board code of the All board in the address. */
    public static final String ALL = "all";

    private final MatterService matters;
    private final StatusNames statusNames;
    private final Tabs boards = new Tabs();
    private final Grid<MatterSummary> grid = new Grid<>();
    private final RecordFilterBar filters = new RecordFilterBar("matter", this::filtersChanged);
    private final List<RouterLink> boardLinks = new java.util.ArrayList<>();
    private final ListColumns<MatterSummary> columns = new ListColumns<>(grid);
    private final ExportMenu<MatterSummary> export;
    private final ResponseIndicators<MatterSummary> answers;
    private String path;
    private String board;
    private boolean tabsBuilt;

    MatterListView(MatterService matters, MemberCheck check, StatusNames statusNames,
            ExpectedResponseService responses) {
        this.statusNames = statusNames;
        this.matters = matters;
        this.answers = new ResponseIndicators<>(responses, MatterSummary::id, this);
        filters.setStatusLabels(code -> statusNames.name(RecordKind.MATTER, code, getLocale()));
        this.export = new ExportMenu<>("matter", check);
        setId("matter-list");
        setSizeFull();
        H1 title = new H1(getTranslation("matters.title"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        boards.setId("boards");
        configureGrid();
        filters.addFilter(export);
        add(title, boards, filters, grid);
    }

    private void configureGrid() {
        grid.setId("matters");
        grid.setSizeFull();
        grid.setPartNameGenerator(m -> m.fromPortal() ? "from-portal" : null);
        columns.component(getTranslation("list.origin"), this::originBadge, this::originLabel);
        columns.component(getTranslation("list.reference"), m -> link(m.reference(), m), MatterSummary::reference)
                .setSortProperty("reference");
        columns.title(getTranslation("list.title"), m -> link(m.title(), m), MatterSummary::title)
                .setSortProperty("title");
        columns.text(getTranslation("list.requester"), MatterSummary::requesterName);
        columns.text(getTranslation("list.company"), MatterSummary::companyName);
        columns.text(getTranslation("list.status"), m -> statusNames.name(RecordKind.MATTER, m.status(), getLocale()))
                .setSortProperty("status");
        columns.text(getTranslation("list.assignee"), m -> m.assigneeName() == null ? "—" : m.assigneeName(),
                MatterSummary::assigneeName);
        answers.addTo(columns);
        columns.text(getTranslation("list.created"), m -> Formats.date(m.createdAt(), getLocale()),
                m -> Formats.localDate(m.createdAt())).setSortProperty("createdAt");
        grid.setItems(query -> answers.page(matters.find(query(), query.getOffset(), query.getLimit(),
                sort(query.getSortOrders()))).stream(), query -> (int) matters.count(query()));
        grid.addSortListener(e -> prepareExport());
    }

    /** What Export writes: this board with these filters and this sort, with the columns shown. */
    private void prepareExport() {
        MatterQuery query = query();
        Sort sort = ExportMenu.stable(grid.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection())).toList());
        export.prepare(getTranslation("matters.export.file") + "-" + (board == null ? ALL : board.toLowerCase()),
                getTranslation("matters.title"), columns.exported(),
                (offset, limit) -> answers.page(matters.find(query, offset, limit, sort)));
    }

    /** Refreshes the list and keeps the picks in the address (bookmarkable) and on the board tabs. */
    private void filtersChanged() {
        grid.getDataProvider().refreshAll();
        prepareExport();
        QueryParameters picks = filters.queryParameters();
        boardLinks.forEach(link -> link.setQueryParameters(picks));
        if (path != null) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(path, picks)));
        }
    }

    private MatterQuery query() {
        return new MatterQuery(board, filters.filter());
    }

    private static Sort sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return Sort.by(orders.stream().map(o -> o.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())).toList());
    }

    private String originLabel(MatterSummary m) {
        return getTranslation(m.fromPortal() ? "list.origin.portal" : "list.origin.internal");
    }

    private Component originBadge(MatterSummary m) {
        Span badge = new Span(getTranslation(m.fromPortal() ? "list.origin.portal" : "list.origin.internal"));
        badge.getElement().getThemeList().add(m.fromPortal() ? "badge success" : "badge contrast");
        return badge;
    }

    private RouterLink link(String text, MatterSummary m) {
        return new RouterLink(text, MatterDetailView.class, new RouteParameters(Map.of(
                "tenant", CurrentMember.require().tenant().slug(), "reference", m.reference())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isEmpty()) {
            return;
        }
        String slug = CurrentMember.require().tenant().slug();
        filters.offer(matters.statuses(), matters.assignees(), CurrentMember.require().personId());
        filters.apply(event.getLocation().getQueryParameters());
        path = event.getLocation().getPath();
        List<Board> all = matters.boards();
        String requested = event.getRouteParameters().get("board").orElse(ALL);
        board = all.stream().map(Board::code).filter(c -> c.equalsIgnoreCase(requested)).findFirst().orElse(null);
        if (!tabsBuilt) {
            for (Board b : all) {
                boards.add(tab(b.code().toLowerCase(), b.name(getLocale()), slug));
            }
            boards.add(tab(ALL, getTranslation("matters.all"), slug));
            tabsBuilt = true;
        }
        QueryParameters picks = filters.queryParameters();
        boardLinks.forEach(link -> link.setQueryParameters(picks));
        String selected = board == null ? ALL : board.toLowerCase();
        boards.getChildren().filter(t -> t.getId().orElse("").equals("board-" + selected)).findFirst()
                .ifPresent(t -> boards.setSelectedTab((Tab) t));
        grid.sort(GridSortOrder.desc(grid.getColumns().get(grid.getColumns().size() - 1)).build());
        grid.getDataProvider().refreshAll();
        prepareExport();
    }

    private Tab tab(String code, String label, String slug) {
        RouterLink link = new RouterLink(label, MatterListView.class, new RouteParameters(Map.of("tenant", slug,
                "board", code)));
        boardLinks.add(link);
        Tab tab = new Tab(link);
        tab.setId("board-" + code);
        return tab;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matters.title") + " · Lexdesk";
    }
}
