package app.lexdesk.ui.backoffice.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.onboarding.IdentityUnavailableException;
import app.lexdesk.core.onboarding.InvitationRefusedException;
import app.lexdesk.core.onboarding.InvitationRefusedException.Reason;
import app.lexdesk.core.onboarding.InvitationService;
import app.lexdesk.core.onboarding.InvitationStatus;
import app.lexdesk.core.onboarding.InvitationSummary;
import app.lexdesk.core.onboarding.InviteRequester;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The invitation form without a browser: what the administrator types becomes the core's command, a new company by
 * its name, and the core's refusals land on the input they concern while the dialog stays open.
 */
class InvitationDialogTest {

    final InvitationService invitations = mock(InvitationService.class);
    final List<InvitationSummary> sent = new ArrayList<>();

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("app.lexdesk.ui.backoffice.settings"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        new InvitationDialog(invitations, mock(PeopleService.class), sent::add).open();
        MockVaadin.clientRoundtrip();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void a_requester_of_a_new_company_is_invited_as_a_portal_user_with_what_was_typed() {
        InvitationSummary summary = new InvitationSummary(UUID.randomUUID(), UUID.randomUUID(), "nina@newco.test",
                "Nina", "Neuville", UUID.randomUUID(), "NewCo", "portal-user", InvitationStatus.INVITED,
                Instant.now(), Instant.now(), null, true, UUID.randomUUID(), true);
        when(invitations.invite(any())).thenReturn(summary);
        assertThat(_get(Paragraph.class, s -> s.withId("invite-role")).getText())
                .isEqualTo("Role: Requester (client portal)");

        fill("nina@newco.test", "Nina", "Neuville");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<InvitationDialog.Company> kind = _get(RadioButtonGroup.class,
                s -> s.withId("invite-company-kind"));
        _setValue(kind, InvitationDialog.Company.NEW);
        _setValue(_get(TextField.class, s -> s.withId("invite-new-company")), "NewCo");
        _click(_get(Button.class, s -> s.withId("invite-send")));

        ArgumentCaptor<InviteRequester> command = ArgumentCaptor.forClass(InviteRequester.class);
        verify(invitations).invite(command.capture());
        assertThat(command.getValue()).isEqualTo(new InviteRequester("nina@newco.test", "Nina", "Neuville", null,
                "NewCo"));
        assertThat(sent).containsExactly(summary);
        _assertNone(InvitationDialog.class);
    }

    @Test
    void the_cores_refusals_show_on_the_input_they_concern_and_the_dialog_stays() {
        fill("lawyer@acme.test", "Louis", "Durand");
        _click(_get(Button.class, s -> s.withId("invite-send")));
        verify(invitations, never()).invite(any());
        assertThat(_get(ComboBox.class, s -> s.withId("invite-company"))
                .getErrorMessage()).isEqualTo("Choose a company, or name a new one.");

        doThrow(new InvitationRefusedException(Reason.ALREADY_MEMBER, "member")).when(invitations).invite(any());
        fillCompany();
        EmailField email = _get(EmailField.class, s -> s.withId("invite-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("This address already has access here");

        doThrow(new InvalidParameterException("lastName", "too-long", "long")).when(invitations).invite(any());
        _click(_get(Button.class, s -> s.withId("invite-send")));
        assertThat(_get(TextField.class, s -> s.withId("invite-last-name")).getErrorMessage()).isEqualTo("Too long.");

        doThrow(new IdentityUnavailableException("down")).when(invitations).invite(any());
        _click(_get(Button.class, s -> s.withId("invite-send")));
        assertThat(_get(Paragraph.class, s -> s.withId("invite-problem")).getText())
                .startsWith("The identity service cannot be reached");
        assertThat(sent).isEmpty();
        _get(InvitationDialog.class);
    }

    private void fill(String email, String firstName, String lastName) {
        _setValue(_get(EmailField.class, s -> s.withId("invite-email")), email);
        _setValue(_get(TextField.class, s -> s.withId("invite-first-name")), firstName);
        _setValue(_get(TextField.class, s -> s.withId("invite-last-name")), lastName);
    }

    /** A new company by name, so no company list is needed. */
    private void fillCompany() {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<InvitationDialog.Company> kind = _get(RadioButtonGroup.class,
                s -> s.withId("invite-company-kind"));
        _setValue(kind, InvitationDialog.Company.NEW);
        _setValue(_get(TextField.class, s -> s.withId("invite-new-company")), "Acme Legal");
        _click(_get(Button.class, s -> s.withId("invite-send")));
    }
}
