package app.lexdesk.ui.backoffice.people;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.onboarding.InvitationService;
import app.lexdesk.core.onboarding.InvitationStatus;
import app.lexdesk.core.onboarding.InvitationSummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;

/**
 * People &amp; companies without a browser, as a lawyer: "Invite a requester" and the invitations are there only
 * while the core says the lawyer may invite (the administrators' setting is on), and the lawyer may resend or
 * withdraw only the invitations the core marks as theirs to change.
 */
class PeopleListViewTest {

    final PeopleService people = mock(PeopleService.class);
    final InvitationService invitations = mock(InvitationService.class);
    final TenantMember lawyer = new TenantMember(new CurrentTenant(UUID.randomUUID(), "acme"), "ACME Legal",
            UUID.randomUUID(), "lawyer@acme.test", "Louis Durand", Set.of(Role.LEGAL_STAFF));
    PeopleListView view;

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup(new Routes(Set.of(), Set.of(), true));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ComponentUtil.setData(UI.getCurrent(), TenantMember.class, lawyer);
        when(people.people(any(), anyInt(), anyInt())).thenReturn(Page.empty());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void staff_find_no_invite_action_while_the_setting_is_off() {
        when(invitations.mayInvite()).thenReturn(false);

        show();

        assertThat(_find(view, Button.class, s -> s.withId("invite-requester"))).isEmpty();
        _assertNone(view, Grid.class, s -> s.withId("invitations"));
        verify(invitations, never()).all();
    }

    @Test
    void staff_invite_a_requester_from_people_once_the_setting_is_on_and_change_only_their_own_invitations() {
        when(invitations.mayInvite()).thenReturn(true);
        InvitationSummary mine = invitation("mine@client.test", lawyer.personId(), true);
        InvitationSummary theirs = invitation("theirs@client.test", UUID.randomUUID(), false);
        when(invitations.all()).thenReturn(List.of(mine, theirs));

        show();

        Button invite = _get(view, Button.class, s -> s.withId("invite-requester"));
        assertThat(invite.getText()).isEqualTo("Invite a requester");
        @SuppressWarnings("unchecked")
        Grid<InvitationSummary> grid = _get(view, Grid.class, s -> s.withId("invitations"));
        assertThat(_getFormattedRow(grid, 0)).contains("mine@client.test", "Client Co");
        assertThat(buttons(_getCellComponent(grid, 0, "actions"))).containsExactly("Send again", "Withdraw");
        assertThat(_getFormattedRow(grid, 1)).contains("theirs@client.test");
        assertThat(buttons(_getCellComponent(grid, 1, "actions"))).as("another's invitation: read only").isEmpty();

        _click(invite);
        assertThat(_get(Dialog.class, s -> s.withId("invitation-dialog")).isOpened()).isTrue();
    }

    @Test
    void the_action_goes_when_the_setting_is_switched_off_and_the_page_is_entered_again() {
        when(invitations.mayInvite()).thenReturn(true);
        when(invitations.all()).thenReturn(List.of());
        show();
        assertThat(_find(view, Button.class, s -> s.withId("invite-requester"))).hasSize(1);

        when(invitations.mayInvite()).thenReturn(false);
        view.beforeEnter(null);

        assertThat(_find(view, Button.class, s -> s.withId("invite-requester"))).isEmpty();
    }

    @Test
    void a_resend_the_core_refuses_since_the_setting_went_off_says_so_and_the_invitations_go() {
        when(invitations.mayInvite()).thenReturn(true);
        InvitationSummary mine = invitation("mine@client.test", lawyer.personId(), true);
        when(invitations.all()).thenReturn(List.of(mine));
        show();
        when(invitations.mayInvite()).thenReturn(false);
        doThrow(new AccessDeniedException("off")).when(invitations).resend(mine.id());

        @SuppressWarnings("unchecked")
        Grid<InvitationSummary> grid = _get(view, Grid.class, s -> s.withId("invitations"));
        _click(_getCellComponent(grid, 0, "actions").getChildren().map(Button.class::cast)
                .filter(b -> b.getId().orElse("").equals("resend-" + mine.id())).findFirst().orElseThrow());

        assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text", "")).contains(
                "Your role does not allow this (any more); nothing was changed. Ask an administrator.");
        assertThat(_find(view, Grid.class, s -> s.withId("invitations"))).isEmpty();
    }

    private void show() {
        view = new PeopleListView(people, invitations);
        UI.getCurrent().add(view);
        view.beforeEnter(null);
    }

    private static List<String> buttons(Component cell) {
        return cell.getChildren().filter(Button.class::isInstance).map(b -> ((Button) b).getText()).toList();
    }

    private static InvitationSummary invitation(String email, UUID invitedBy, boolean mayChange) {
        return new InvitationSummary(UUID.randomUUID(), UUID.randomUUID(), email, "Ines", "Invited",
                UUID.randomUUID(), "Client Co", "portal-user", InvitationStatus.INVITED, Instant.now(), Instant.now(),
                Instant.now().plusSeconds(3600), true, invitedBy, mayChange);
    }
}
