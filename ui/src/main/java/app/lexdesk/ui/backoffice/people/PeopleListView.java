package app.lexdesk.ui.backoffice.people;

import app.lexdesk.core.onboarding.InvitationService;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.backoffice.settings.InvitationsPanel;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/**
 * People &amp; companies: the tenant's people by name, searchable, each linked to their page. Below, for whoever
 * may invite requesters ({@link InvitationService#mayInvite()}: administrators, and legal staff and contract managers
 * when the administrators allow it), the invitations and "Invite a requester" ({@link InvitationsPanel}); hidden
 * from everyone else, whom the core refuses anyway.
 */
@Route(value = "t/:tenant/app/people", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class PeopleListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final Grid<PersonDetails> grid = new Grid<>();
    private final InvitationsPanel invitationsPanel;

    PeopleListView(PeopleService people, InvitationService invitations) {
        this.invitations = invitations;
        this.invitationsPanel = new InvitationsPanel(invitations, people, this::refresh);
        setId("people-list");
        setSizeFull();
        H1 title = new H1(getTranslation("people.title"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        TextField search = new TextField();
        search.setId("people-search");
        search.setPlaceholder(getTranslation("people.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        grid.setId("people");
        grid.setWidthFull();
        grid.setMinHeight("20rem");
        grid.addComponentColumn(p -> Links.person(p.id(), p.displayName())).setHeader(getTranslation("people.name"))
                .setFlexGrow(1);
        grid.addColumn(PersonDetails::email).setHeader(getTranslation("people.contact.email")).setAutoWidth(true);
        grid.addColumn(PersonDetails::phone).setHeader(getTranslation("people.contact.phone")).setAutoWidth(true);
        grid.addComponentColumn(p -> p.companyId() == null ? new Anchor() : Links.company(p.companyId(),
                p.companyName())).setHeader(getTranslation("list.company")).setAutoWidth(true);
        grid.setItems(query -> people.people(search.getValue(), query.getPage(), query.getPageSize()).stream());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Anchor companies = new Anchor(Links.base() + "people/companies", getTranslation("people.companies"));
        companies.setId("to-companies");
        invitationsPanel.setVisible(false);
        add(title, new HorizontalLayout(search, companies), grid, invitationsPanel);
        // The people fill the page; the invitations, when shown, keep their own height below them.
        setFlexGrow(1, grid);
        setFlexShrink(0, invitationsPanel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isPresent()) {
            show();
        }
    }

    /** Shows the invitations to whoever may invite, as the core says now. */
    void show() {
        boolean allowed = invitations.mayInvite();
        invitationsPanel.setVisible(allowed);
        if (allowed) {
            invitationsPanel.refresh();
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
