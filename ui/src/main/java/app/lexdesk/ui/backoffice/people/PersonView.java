package app.lexdesk.ui.backoffice.people;

import app.lexdesk.core.participants.ParticipantService;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** A person's page: contact details, company, and the records they appear on (as requester, assignee or role). */
@Route(value = "t/:tenant/app/people/person/:id", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class PersonView extends VerticalLayout implements BeforeEnterObserver {

    private final PeopleService people;
    private final ParticipantService participants;

    PersonView(PeopleService people, ParticipantService participants) {
        this.people = people;
        this.participants = participants;
        setId("person-page");
        addClassNames(LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isEmpty()) {
            return;
        }
        UUID id = Ids.parse(event.getRouteParameters().get("id").orElse(""));
        PersonDetails person = people.findPerson(id).orElseThrow(NotFoundException::new);
        removeAll();
        H1 name = new H1(person.displayName());
        name.setId("person-name");
        name.addClassNames(LumoUtility.FontSize.XXLARGE);
        FormLayout facts = new FormLayout();
        facts.addFormItem(person.email() == null ? new Span("—") : new Anchor("mailto:" + person.email(),
                person.email()), getTranslation("people.contact.email"));
        facts.addFormItem(new Span(person.phone() == null ? "—" : person.phone()),
                getTranslation("people.contact.phone"));
        facts.addFormItem(person.companyId() == null ? new Span("—") : Links.company(person.companyId(),
                person.companyName()), getTranslation("list.company"));
        add(name, facts, new H2(getTranslation("people.records")),
                Links.records(this, participants.recordsOfPerson(person.id())));
    }
}
