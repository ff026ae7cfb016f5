package app.lexdesk.ui.backoffice.contracts;

import app.lexdesk.core.contracts.ContractQuery;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractSummary;
import app.lexdesk.core.contracts.ContractType;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.backoffice.RecordFilterBar;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.Formats;
import app.lexdesk.ui.common.MessageKeys;
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

/** Contracts &amp; documents: every contract, portal requests striped green; lazy, searchable, sortable. */
@Route(value = "t/:tenant/app/contracts", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class ContractListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContractService contracts;
    private final Select<String> type = new Select<>();
    private final Grid<ContractSummary> grid = new Grid<>();
    private final RecordFilterBar filters = new RecordFilterBar("contract", this::filtersChanged);
    private String path;
    private List<ContractType> types = List.of();
    private final ContractTermsFilter terms;

    ContractListView(ContractService contracts) {
        this.contracts = contracts;
        setId("contract-list");
        setSizeFull();
        H1 title = new H1(getTranslation("contracts.title"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        type.setId("contract-type");
        type.setAriaLabel(getTranslation("contracts.type"));
        type.setPlaceholder(getTranslation("contracts.type.any"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("contracts.type.any"));
        type.setItemLabelGenerator(this::typeName);
        type.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filtersChanged();
            }
        });
        grid.setId("contracts");
        grid.setSizeFull();
        grid.setPartNameGenerator(c -> c.fromPortal() ? "from-portal" : null);
        grid.addComponentColumn(c -> {
            Span badge = new Span(getTranslation(c.fromPortal() ? "list.origin.portal" : "list.origin.internal"));
            badge.getElement().getThemeList().add(c.fromPortal() ? "badge success" : "badge contrast");
            return badge;
        }).setHeader(getTranslation("list.origin")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> link(c.reference(), c)).setHeader(getTranslation("list.reference"))
                .setSortProperty("reference").setAutoWidth(true);
        grid.addComponentColumn(c -> link(c.title(), c)).setHeader(getTranslation("list.title")).setSortProperty("title")
                .setFlexGrow(1);
        grid.addColumn(c -> typeName(c.contractType())).setHeader(getTranslation("contracts.type")).setAutoWidth(true);
        grid.addColumn(ContractSummary::parties).setHeader(getTranslation("contracts.parties")).setAutoWidth(true);
        grid.addColumn(ContractSummary::requesterName).setHeader(getTranslation("list.requester")).setAutoWidth(true);
        grid.addColumn(ContractSummary::companyName).setHeader(getTranslation("list.company")).setAutoWidth(true);
        grid.addColumn(c -> MessageKeys.status(c.status(), this::getTranslation)).setHeader(getTranslation("list.status"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.assigneeName() == null ? "—" : c.assigneeName()).setHeader(getTranslation("list.assignee"))
                .setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.createdAt(), getLocale())).setHeader(getTranslation("list.created"))
                .setSortProperty("createdAt").setAutoWidth(true);
        // Terms: value and end date columns, minimum value and "ends within 90 days" filters.
        terms = new ContractTermsFilter(grid, getLocale(), this::filtersChanged);
        filters.addFilter(terms.minValue);
        filters.addFilter(terms.ending);
        grid.setItems(q -> contracts.find(query(), q.getOffset(),
                        q.getLimit(), Sort.by(q.getSortOrders().stream().map(o -> o.getDirection() == SortDirection.ASCENDING
                                ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())).toList())).stream(),
                q -> (int) contracts.count(query()));
        filters.addFilter(type);
        add(title, filters, grid);
    }

    /** Refreshes the list and keeps the picks (and the contract type) in the address, to bookmark or share. */
    private void filtersChanged() {
        grid.getDataProvider().refreshAll();
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
