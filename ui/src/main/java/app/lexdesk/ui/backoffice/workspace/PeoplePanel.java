package app.lexdesk.ui.backoffice.workspace;

import app.lexdesk.core.participants.Participant;
import app.lexdesk.core.participants.ParticipantService;
import app.lexdesk.core.participants.RecordPeople;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.ui.backoffice.people.Roles;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.common.CurrentMember;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.NoSuchElementException;

/** Who is on a record: requester and company with contact details, the assignee, and others with their roles. */
class PeoplePanel extends VerticalLayout {

    private final ParticipantService participants;
    private final PeopleService people;
    private final RecordContext record;
    private final Div content = new Div();

    PeoplePanel(ParticipantService participants, PeopleService people, RecordContext record) {
        this.participants = participants;
        this.people = people;
        this.record = record;
        setId("record-people");
        setPadding(false);
        Button add = new Button(getTranslation("people.add"), VaadinIcon.PLUS.create(), e ->
                new ParticipantDialog(participants, people, record.recordId(), this::changed).open());
        add.setId("participant-add");
        content.setWidthFull();
        add(content, add);
        refresh();
    }

    private void changed() {
        refresh();
        record.changed().run();
    }

    private void refresh() {
        content.removeAll();
        RecordPeople found = participants.of(record.recordId());
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassNames(LumoUtility.Gap.MEDIUM);
        if (found.requester() != null) {
            cards.add(person("record-requester", getTranslation("people.as.requester"), found.requester()));
        }
        if (found.company() != null) {
            Div company = card("record-company", getTranslation("people.as.company"));
            company.add(link(found.company().name(), "company/" + found.company().id()));
            cards.add(company);
        }
        if (found.assignee() != null) {
            cards.add(person("record-assignee", getTranslation("people.as.assignee"), found.assignee()));
        }
        content.add(cards);
        Div others = new Div();
        others.setId("participants");
        if (found.others().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("people.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            others.add(none);
        }
        found.others().forEach(p -> others.add(participant(p)));
        content.add(others);
    }

    private Div participant(Participant p) {
        Div row = card(null, Roles.label(this, p.role()));
        row.addClassName("lexdesk-participant");
        row.add(p.personId() == null ? link(p.name(), "company/" + p.companyId())
                : link(p.name(), "person/" + p.personId()));
        contact(row, p.email(), p.phone(), p.personId() == null ? null : p.companyName());
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            try {
                participants.remove(record.recordId(), p.id());
            } catch (NoSuchElementException gone) {
                // Someone removed them meanwhile: the list below shows what is there now.
            }
            changed();
        });
        remove.addClassName("participant-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("people.remove", p.name()));
        row.add(remove);
        return row;
    }

    private Div person(String id, String role, PersonDetails person) {
        Div card = card(id, role);
        card.add(link(person.displayName(), "person/" + person.id()));
        contact(card, person.email(), person.phone(), person.companyName());
        return card;
    }

    private static void contact(Div card, String email, String phone, String company) {
        if (email != null) {
            Anchor mail = new Anchor("mailto:" + email, email);
            mail.addClassName("lexdesk-contact-email");
            card.add(mail);
        }
        if (phone != null) {
            Span tel = new Span(phone);
            tel.addClassName("lexdesk-contact-phone");
            card.add(tel);
        }
        if (company != null) {
            Span at = new Span(company);
            at.addClassNames(LumoUtility.TextColor.SECONDARY);
            card.add(at);
        }
    }

    private Div card(String id, String role) {
        Div card = new Div();
        if (id != null) {
            card.setId(id);
        }
        card.addClassName("lexdesk-person-card");
        Span label = new Span(role);
        label.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY,
                LumoUtility.TextTransform.UPPERCASE);
        card.add(label);
        return card;
    }

    private Component link(String text, String path) {
        String slug = CurrentMember.get().map(m -> m.tenant().slug()).orElse("");
        Anchor a = new Anchor("t/" + slug + "/app/people/" + path, text);
        a.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        return a;
    }
}
