package app.lexdesk.ui.backoffice.contracts;

import app.lexdesk.core.contracts.ContractQuery;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractSummary;
import app.lexdesk.core.contracts.ContractType;
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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * Contracts &amp; documents: every contract, portal requests striped green with whether their first answer is on
 * time; lazy, searchable, sortable.
 */
@Route(value = "t/:tenant/app/contracts", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class ContractListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContractService contracts;
    private final StatusNames statusNames;
    private final Select<String> type = new Select<>();
    private final Grid<ContractSummary> grid = new Grid<>();
    private final RecordFilterBar filters = new RecordFilterBar("contract", this::filtersChanged);
    private final ListColumns<ContractSummary> columns = new ListColumns<>(grid);
    private final ExportMenu<ContractSummary> export;
    private final ResponseIndicators<ContractSummary> answers;
    private String path;
    private List<ContractType> types = List.of();
    private final ContractTermsFilter terms;

    ContractListView(ContractService contracts, MemberCheck check, StatusNames statusNames,
            ExpectedResponseService responses) {
        this.statusNames = statusNames;
        this.contracts = contracts;
        this.answers = new ResponseIndicators<>(responses, ContractSummary::id, this);
        filters.setStatusLabels(code -> statusNames.name(RecordKind.CONTRACT, code, getLocale()));
        this.export = new ExportMenu<>("contract", check);
        setId("contract-list");
        setSizeFull();
        H1 title = new H1(getTranslation("contracts.title"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        type.setId("contract-type");
        type.setAriaLabel(getTranslation("contracts.type"));
        type.setPlaceholder(getTranslation("contracts.type.any"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("contracts.type.any"));
        type.setItemLabelGenerator(c -> c == null ? getTranslation("contracts.type.any") : typeName(c));
        type.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filtersChanged();
            }
        });
        grid.setId("contracts");
        grid.setSizeFull();
        grid.setPartNameGenerator(c -> c.fromPortal() ? "from-portal" : null);
        columns.component(getTranslation("list.origin"), this::originBadge, this::originLabel);
        columns.component(getTranslation("list.reference"), c -> link(c.reference(), c), ContractSummary::reference)
                .setSortProperty("reference");
        columns.title(getTranslation("list.title"), c -> link(c.title(), c), ContractSummary::title)
                .setSortProperty("title");
        columns.text(getTranslation("contracts.type"), c -> typeName(c.contractType()));
        columns.text(getTranslation("contracts.parties"), ContractSummary::parties);
        columns.text(getTranslation("list.requester"), ContractSummary::requesterName);
        columns.text(getTranslation("list.company"), ContractSummary::companyName);
        columns.text(getTranslation("list.status"), c -> statusNames.name(RecordKind.CONTRACT, c.status(), getLocale()));
        columns.text(getTranslation("list.assignee"), c -> c.assigneeName() == null ? "—" : c.assigneeName(),
                ContractSummary::assigneeName);
        answers.addTo(columns);
        columns.text(getTranslation("list.created"), c -> Formats.date(c.createdAt(), getLocale()),
                c -> Formats.localDate(c.createdAt())).setSortProperty("createdAt");
        // Terms: value and end date columns, minimum value and "ends within 90 days" filters.
        terms = new ContractTermsFilter(grid, columns, getLocale(), this::filtersChanged);
        filters.addFilter(terms.minValue);
        filters.addFilter(terms.ending);
        grid.setItems(q -> answers.page(contracts.find(query(), q.getOffset(),
                        q.getLimit(), Sort.by(q.getSortOrders().stream().map(o -> o.getDirection() == SortDirection.ASCENDING
                                ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())).toList()))).stream(),
                q -> (int) contracts.count(query()));
        grid.addSortListener(e -> prepareExport());
        filters.addFilter(type);
        filters.addFilter(export);
        add(title, filters, grid);
    }

    /** What Export writes: the contracts these filters show, in this sort, with the columns shown. */
    private void prepareExport() {
        ContractQuery query = query();
        Sort sort = ExportMenu.stable(grid.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection())).toList());
        export.prepare(getTranslation("contracts.export.file"), getTranslation("contracts.title"),
                columns.exported(), (offset, limit) -> answers.page(contracts.find(query, offset, limit, sort)));
    }

    private String originLabel(ContractSummary c) {
        return getTranslation(c.fromPortal() ? "list.origin.portal" : "list.origin.internal");
    }

    private Span originBadge(ContractSummary c) {
        Span badge = new Span(originLabel(c));
        badge.getElement().getThemeList().add(c.fromPortal() ? "badge success" : "badge contrast");
        return badge;
    }

    /** Refreshes the list and keeps the picks (and the contract type) in the address, to bookmark or share. */
    private void filtersChanged() {
        grid.getDataProvider().refreshAll();
        prepareExport();
        if (path != null) {
            Map<String, List<String>> picks = new java.util.LinkedHashMap<>(filters.queryParameters().getParameters());
            if (type.getValue() != null) {
                picks.put("type", List.of(type.getValue()));
            }
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location(path, new QueryParameters(picks))));
        }
    }

    private ContractQuery query() {
        return terms.apply(new ContractQuery(type.getValue(), filters.filter()), LocalDate.now());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isEmpty()) {
            return;
        }
        if (types.isEmpty()) {
            types = contracts.types();
            type.setItems(types.stream().map(ContractType::code).toList());
        }
        filters.offer(contracts.statuses(), contracts.assignees(), CurrentMember.require().personId());
        filters.apply(event.getLocation().getQueryParameters());
        String wantedType = event.getLocation().getQueryParameters().getParameters().getOrDefault("type", List.of())
                .stream().findFirst().orElse(null);
        type.setValue(types.stream().map(ContractType::code).filter(c -> c.equals(wantedType)).findFirst().orElse(null));
        path = event.getLocation().getPath();
        grid.getDataProvider().refreshAll();
        prepareExport();
    }

    private RouterLink link(String text, ContractSummary c) {
        return new RouterLink(text, ContractDetailView.class, new RouteParameters(java.util.Map.of(
                "tenant", CurrentMember.require().tenant().slug(), "reference", c.reference())));
    }

    private String typeName(String code) {
        return code == null ? "—" : types.stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> t.name(getLocale())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contracts.title") + " · Lexdesk";
    }
}
