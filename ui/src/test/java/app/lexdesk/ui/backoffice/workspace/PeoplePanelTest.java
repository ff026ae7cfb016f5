package app.lexdesk.ui.backoffice.workspace;

import static app.lexdesk.ui.backoffice.workspace.KaribuSetup.get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.participants.AddParticipant;
import app.lexdesk.core.participants.Participant;
import app.lexdesk.core.participants.ParticipantRole;
import app.lexdesk.core.participants.ParticipantService;
import app.lexdesk.core.participants.RecordPeople;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.NewContact;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.ui.backoffice.records.RecordContext;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** People on a record without a browser: requester and company with their details, others added and removed. */
class PeoplePanelTest {

    final ParticipantService participants = mock(ParticipantService.class);
    final PeopleService people = mock(PeopleService.class);
    final UUID record = UUID.randomUUID();
    final PersonDetails requester = new PersonDetails(UUID.randomUUID(), "Rachel", "Moreau", "requester@client.test",
            UUID.randomUUID(), "Client Co", "+33 1 11 11 11 11");
    final List<Participant> others = new ArrayList<>();

    @BeforeEach
    void open() {
        KaribuSetup.start();
        when(participants.of(record)).thenAnswer(i -> new RecordPeople(requester, new CompanySummary(
                requester.companyId(), "Client Co"), null, List.copyOf(others)));
        others.add(new Participant(UUID.randomUUID(), ParticipantRole.OPPOSING_PARTY, null, UUID.randomUUID(),
                "Rival Inc", null, null, "Rival Inc", Instant.now()));
        UI.getCurrent().add(new PeoplePanel(participants, people, new RecordContext(record, RecordKind.MATTER,
                "MAT-2026-000001", null, null)));
    }

    @AfterEach
    void close() {
        KaribuSetup.stop();
    }

    @Test
    void the_requester_and_company_show_with_contact_details_and_others_with_their_roles() {
        String requesterCard = _get(Div.class, s -> s.withId("record-requester")).getElement().getTextRecursively();
        assertThat(requesterCard).contains("Rachel Moreau").contains("requester@client.test")
                .contains("+33 1 11 11 11 11").contains("Client Co");
        assertThat(_get(Div.class, s -> s.withId("record-company")).getElement().getTextRecursively())
                .contains("Client Co");
        assertThat(_get(Div.class, s -> s.withId("participants")).getElement().getTextRecursively())
                .contains("Opposing party").contains("Rival Inc");
    }

    @Test
    void a_new_contact_is_added_with_a_role_and_a_refused_field_is_flagged_on_it() {
        when(participants.add(eq(record), any())).thenThrow(new InvalidParameterException("contact.email",
                "invalid-email", "contact.email is not an email address."));
        _click(get(Button.class, "participant-add"));
        MockVaadin.clientRoundtrip();
        select().setValue(ParticipantRole.OUTSIDE_COUNSEL);
        who().setValue(ParticipantDialog.Who.CONTACT);
        _setValue(get(TextField.class, "contact-last-name"), "Lefort");
        _setValue(get(TextField.class, "contact-phone"), "+33 6 00 00 00 00");
        _setValue(get(TextField.class, "contact-organisation"), "Cabinet Lefort");
        _click(get(Button.class, "participant-save"));

        ArgumentCaptor<AddParticipant> added = ArgumentCaptor.forClass(AddParticipant.class);
        verify(participants).add(eq(record), added.capture());
        assertThat(added.getValue().role()).isEqualTo(ParticipantRole.OUTSIDE_COUNSEL);
        assertThat(added.getValue().contact()).isEqualTo(new NewContact(null, "Lefort", null, "+33 6 00 00 00 00",
                "Cabinet Lefort"));
        EmailField email = get(EmailField.class, "contact-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an email address such as name@example.com");
    }

    @Test
    void removing_someone_asks_the_core_and_shows_what_is_left() {
        Participant rival = others.get(0);
        Button remove = _find(Button.class, s -> s.withClasses("participant-remove")).get(0);
        others.clear();
        _click(remove);

        verify(participants).remove(record, rival.id());
        assertThat(_get(Div.class, s -> s.withId("participants")).getElement().getTextRecursively())
                .doesNotContain("Rival Inc").contains("Nobody else yet.");
    }

    @SuppressWarnings("unchecked")
    private Select<ParticipantRole> select() {
        return get(Select.class, "participant-role");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ParticipantDialog.Who> who() {
        return get(RadioButtonGroup.class, "participant-who");
    }
}
