package app.lexdesk.ui.backoffice.settings;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.onboarding.InvitationService;
import app.lexdesk.core.onboarding.InvitationSettings;
import app.lexdesk.core.onboarding.InvitationSettingsService;
import app.lexdesk.core.onboarding.InvitationStatus;
import app.lexdesk.core.onboarding.InvitationSummary;
import app.lexdesk.core.onboarding.SignupDomainService;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.MembershipChangeRefusedException;
import app.lexdesk.core.tenancy.MembershipChangeRefusedException.Reason;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.MembershipSummary;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The People page without a browser: the list shows who has access with which roles, the dialog turns the
 * administrator's checkboxes into the core's command, and the core's refusals land on what they concern.
 */
class MembershipDialogTest {

    final MembershipService memberships = mock(MembershipService.class);
    final InvitationService invitations = mock(InvitationService.class);
    final SignupDomainService signups = mock(SignupDomainService.class);
    final InvitationSettingsService settings = mock(InvitationSettingsService.class);
    final AtomicInteger changed = new AtomicInteger();
    final CurrentTenant acme = new CurrentTenant(UUID.randomUUID(), "acme");
    final MembershipSummary lawyer = new MembershipSummary(UUID.randomUUID(), "lawyer@acme.test", "Louis Durand",
            Set.of(Role.LEGAL_STAFF), true, Instant.parse("2026-11-30T09:00:00Z"));
    final MembershipSummary admin = new MembershipSummary(UUID.randomUUID(), "admin@acme.test", "Alice Martin",
            Set.of(Role.TENANT_ADMIN), true, null);
    MembershipDialog dialog;

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        // The list links back to Settings: its routes must be known.
        MockVaadin.setup(new Routes().autoDiscoverViews("app.lexdesk.ui.backoffice.settings"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void the_roles_ticked_become_the_cores_command_and_the_list_is_refreshed() {
        when(memberships.changeRoles(any(), any())).thenReturn(lawyer);
        open(lawyer);
        assertThat(roles().getValue()).containsExactly(Role.LEGAL_STAFF);

        _setValue(roles(), Set.of(Role.LEGAL_STAFF, Role.CONTRACT_MANAGER));
        _click(button("member-save"));

        verify(memberships).changeRoles(lawyer.personId(), Set.of(Role.LEGAL_STAFF, Role.CONTRACT_MANAGER));
        assertThat(changed).hasValue(1);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_refusal_about_roles_shows_on_the_role_checkboxes_and_nothing_closes() {
        when(memberships.changeRoles(any(), any())).thenThrow(new MembershipChangeRefusedException(
                Reason.LAST_ADMINISTRATOR, "The department needs at least one active administrator."));
        open(admin);

        _setValue(roles(), Set.of(Role.LEGAL_STAFF));
        _click(button("member-save"));

        assertThat(roles().isInvalid()).isTrue();
        assertThat(roles().getErrorMessage()).isEqualTo("The department needs at least one active administrator.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(changed).hasValue(0);

        _setValue(roles(), Set.of(Role.TENANT_ADMIN, Role.LEGAL_STAFF));
        assertThat(roles().isInvalid()).as("a new choice clears the message").isFalse();
    }

    @Test
    void withdrawing_your_own_access_is_refused_next_to_the_button() {
        when(memberships.deactivate(any())).thenThrow(new MembershipChangeRefusedException(Reason.OWN_MEMBERSHIP,
                "Another administrator must deactivate your membership."));
        open(admin);

        _click(button("member-deactivate"));

        assertThat(_get(ErrorText.class, s -> s.withId("member-access-error")).getText())
                .isEqualTo("You cannot withdraw your own access; ask another administrator.");
        assertThat(roles().isInvalid()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(changed).hasValue(0);
    }

    @Test
    void a_deactivated_member_is_offered_their_access_back_and_nothing_else_changes() {
        MembershipSummary withdrawn = new MembershipSummary(lawyer.personId(), lawyer.email(), lawyer.displayName(),
                lawyer.roles(), false, null);
        open(withdrawn);
        assertThat(_get(Paragraph.class, s -> s.withId("member-status")).getText())
                .isEqualTo("Access withdrawn: this person cannot work in the workspace.");
        _assertNone(Button.class, s -> s.withId("member-deactivate"));

        _click(button("member-reactivate"));

        verify(memberships).reactivate(lawyer.personId());
        verify(memberships, never()).changeRoles(any(), any());
        assertThat(changed).hasValue(1);
    }

    @Test
    void a_membership_gone_meanwhile_says_so_instead_of_marking_the_roles() {
        when(memberships.changeRoles(eq(lawyer.personId()), any())).thenThrow(new MembershipChangeRefusedException(
                Reason.UNKNOWN_MEMBERSHIP, "No membership of this person in this tenant."));
        open(lawyer);
        _click(button("member-save"));
        assertThat(_get(Paragraph.class, s -> s.withId("member-problems")).getText())
                .isEqualTo("This person is no longer a member of the department; reload the page.");
        assertThat(roles().isInvalid()).isFalse();
    }

    @Test
    void the_list_shows_each_persons_roles_access_and_last_login_to_administrators_only() {
        MembershipSummary invited = new MembershipSummary(UUID.randomUUID(), "nina@client.test", "Nina Neuville",
                Set.of(Role.PORTAL_USER), true, null);
        when(memberships.all()).thenReturn(List.of(admin, new MembershipSummary(lawyer.personId(), lawyer.email(),
                lawyer.displayName(), Set.of(Role.LEGAL_STAFF, Role.TENANT_ADMIN), false, null), invited));
        when(invitations.all()).thenReturn(List.of(new InvitationSummary(UUID.randomUUID(), invited.personId(),
                invited.email(), "Nina", "Neuville", UUID.randomUUID(), "Client Co", "portal-user",
                InvitationStatus.INVITED, Instant.now(), Instant.now(), Instant.now().plusSeconds(3600), true,
                admin.personId(), true)));
        when(settings.settings()).thenReturn(new InvitationSettings(false));
        MembershipListView view = new MembershipListView(memberships, invitations, signups,
                mock(PeopleService.class), settings);
        UI.getCurrent().add(view);
        actingAs(Role.TENANT_ADMIN);
        view.beforeEnter(null);

        @SuppressWarnings("unchecked")
        Grid<MembershipSummary> grid = _get(view, Grid.class, s -> s.withId("memberships"));
        assertThat(_size(grid)).isEqualTo(3);
        assertThat(_getFormattedRow(grid, 1)).contains("Louis Durand", "lawyer@acme.test",
                "Administrator, Legal staff", "Never");
        assertThat(_getCellComponent(grid, 1, "status").getElement().getText()).isEqualTo("Deactivated");
        assertThat(_getCellComponent(grid, 2, "status").getElement().getText()).as("waits for the invited person")
                .isEqualTo("Invited");
        @SuppressWarnings("unchecked")
        Grid<InvitationSummary> sent = _get(view, Grid.class, s -> s.withId("invitations"));
        assertThat(_getFormattedRow(sent, 0)).contains("Nina Neuville", "nina@client.test", "Client Co");
        assertThat(_getCellComponent(sent, 0, "status").getElement().getText()).isEqualTo("Invited");
        assertThat(_getCellComponent(grid, 1, "edit").getId()).hasValue("edit-member-" + lawyer.personId());

        actingAs(Role.LEGAL_STAFF);
        view.beforeEnter(null);
        assertThat(_get(view, Paragraph.class, s -> s.withId("settings-admins-only")).getText())
                .isEqualTo("Only the department’s administrators change its settings.");
        _assertNone(view, Grid.class, s -> s.withId("memberships"));
    }

    @Test
    void an_administrator_lets_staff_invite_requesters_with_a_switch_saved_as_soon_as_it_is_switched() {
        when(memberships.all()).thenReturn(List.of(admin));
        when(invitations.all()).thenReturn(List.of());
        when(settings.settings()).thenReturn(new InvitationSettings(false));
        when(settings.change(new InvitationSettings(true))).thenReturn(new InvitationSettings(true));
        MembershipListView view = new MembershipListView(memberships, invitations, signups,
                mock(PeopleService.class), settings);
        UI.getCurrent().add(view);
        actingAs(Role.TENANT_ADMIN);
        view.beforeEnter(null);

        Checkbox allowed = _get(view, Checkbox.class, s -> s.withId("settings-staff-may-invite"));
        assertThat(allowed.getLabel()).isEqualTo("Legal staff and contract managers may invite requesters");
        assertThat(allowed.getValue()).as("off, as the core says").isFalse();
        verify(settings, never()).change(any());

        _setValue(allowed, true);

        verify(settings).change(new InvitationSettings(true));
    }

    private void actingAs(Role role) {
        ComponentUtil.setData(UI.getCurrent(), TenantMember.class, new TenantMember(acme, "ACME Legal",
                admin.personId(), admin.email(), admin.displayName(), Set.of(role)));
    }

    private void open(MembershipSummary member) {
        dialog = new MembershipDialog(memberships, member, changed::incrementAndGet);
        dialog.open();
        MockVaadin.clientRoundtrip();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Role> roles() {
        return _get(CheckboxGroup.class, s -> s.withId("member-roles"));
    }

    private Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }
}
