package app.lexdesk.ui.backoffice.people;

import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/** People &amp; companies: the tenant's companies by name, searchable, each linked to its page. */
@Route(value = "t/:tenant/app/people/companies", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class CompanyListView extends VerticalLayout implements HasDynamicTitle {

    CompanyListView(PeopleService people) {
        setId("company-list");
        setSizeFull();
        H1 title = new H1(getTranslation("people.companies"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        TextField search = new TextField();
        search.setId("companies-search");
        search.setPlaceholder(getTranslation("people.search.companies"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        Grid<CompanySummary> grid = new Grid<>();
        grid.setId("companies");
        grid.setSizeFull();
        grid.addComponentColumn(c -> Links.company(c.id(), c.name())).setHeader(getTranslation("people.name"))
                .setFlexGrow(1);
        grid.setItems(query -> people.companies(search.getValue(), query.getPage(), query.getPageSize()).stream());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Anchor persons = new Anchor(Links.base() + "people", getTranslation("people.title"));
        persons.setId("to-people");
        add(title, new HorizontalLayout(search, persons), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.companies");
    }
}
