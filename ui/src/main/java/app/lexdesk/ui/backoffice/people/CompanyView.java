package app.lexdesk.ui.backoffice.people;

import app.lexdesk.core.participants.ParticipantService;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;

/** A company's page: its people, and the records it appears on (as the requester's company or in a role). */
@Route(value = "t/:tenant/app/people/company/:id", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class CompanyView extends VerticalLayout implements BeforeEnterObserver {

    private final PeopleService people;
    private final ParticipantService participants;

    CompanyView(PeopleService people, ParticipantService participants) {
        this.people = people;
        this.participants = participants;
        setId("company-page");
        addClassNames(LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isEmpty()) {
            return;
        }
        UUID id = Ids.parse(event.getRouteParameters().get("id").orElse(""));
        CompanySummary company = people.findCompany(id).orElseThrow(NotFoundException::new);
        removeAll();
        H1 name = new H1(company.name());
        name.setId("company-name");
        name.addClassNames(LumoUtility.FontSize.XXLARGE);
        Div members = new Div();
        members.setId("company-people");
        List<PersonDetails> found = people.peopleOf(company.id());
        if (found.isEmpty()) {
            members.add(new Paragraph(getTranslation("people.none")));
        }
        found.forEach(p -> {
            Div row = new Div(Links.person(p.id(), p.displayName()));
            members.add(row);
        });
        add(name, new H2(getTranslation("people.title")), members, new H2(getTranslation("people.records")),
                Links.records(this, participants.recordsOfCompany(company.id())));
    }
}
