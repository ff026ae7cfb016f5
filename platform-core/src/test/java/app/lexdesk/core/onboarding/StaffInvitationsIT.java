package app.lexdesk.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.MembershipSummary;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.tenancy.TenantSummary;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.MailServer;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Administrators and the staff they allow" invite requesters: with the tenant's setting off (as it starts) legal
 * staff and contract managers are refused; with it on they invite through the real Keycloak (the link arrives by the
 * dev SMTP server), see the tenant's invitations and resend or withdraw the ones they sent — not a colleague's or an
 * administrator's. Portal users never invite, and one tenant's setting and invitations mean nothing in another. Each
 * test invites addresses of its own and puts both tenants' settings back off.
 */
@CoreIntegrationTest
class StaffInvitationsIT {

    static final Duration MAIL = Duration.ofSeconds(30);

    final DevServices services = DevServices.forTests();
    @Autowired InvitationService invitations;
    @Autowired InvitationSettingsService settings;
    @Autowired PeopleService people;
    @Autowired MembershipService memberships;
    @Autowired TenantDirectory directory;

    @AfterEach
    void settingsBackOff() {
        for (String slug : new String[] {"acme", "globex"}) {
            as(slug, "admin@" + slug + ".test", () -> settings.change(new InvitationSettings(false)));
        }
    }

    @Test
    void with_the_setting_off_as_it_starts_staff_may_not_invite_list_or_read_invitations() {
        assertThat(as("acme", "admin@acme.test", () -> settings.settings())).isEqualTo(
                new InvitationSettings(false));
        UUID clientCo = clientCo();
        InvitationSummary byAdmin = as("acme", "admin@acme.test", () -> invitations.invite(new InviteRequester(
                InvitationsIT.unique("olive"), "Olive", "Off", clientCo, null)));
        for (String staff : new String[] {"lawyer@acme.test", "contracts@acme.test"}) {
            assertThat(as("acme", staff, () -> invitations.mayInvite())).as(staff).isFalse();
            String email = InvitationsIT.unique("refused");
            assertThatThrownBy(() -> as("acme", staff, () -> invitations.invite(new InviteRequester(email, "Rita",
                    "Refused", clientCo, null)))).as(staff).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("acme", staff, () -> invitations.all())).isInstanceOf(
                    AccessDeniedException.class);
            assertThatThrownBy(() -> as("acme", staff, () -> invitations.find(byAdmin.id()))).isInstanceOf(
                    AccessDeniedException.class);
            assertThat(as("acme", "admin@acme.test", () -> memberships.exists(email, null)))
                    .as("nothing stored for a refused invitation").isFalse();
        }
        assertThat(as("acme", "admin@acme.test", () -> invitations.mayInvite())).isTrue();
    }

    @Test
    void with_the_setting_on_staff_invite_through_keycloak_and_the_invitation_lands_in_the_list_as_theirs() {
        UUID clientCo = clientCo();
        as("acme", "admin@acme.test", () -> settings.change(new InvitationSettings(true)));
        assertThat(as("acme", "lawyer@acme.test", () -> invitations.mayInvite())).isTrue();
        String email = InvitationsIT.unique("stella");

        InvitationSummary sent = as("acme", "lawyer@acme.test", () -> invitations.invite(new InviteRequester(email,
                "Stella", "Staffsent", clientCo, null)));

        assertThat(sent.status()).isEqualTo(InvitationStatus.INVITED);
        assertThat(sent.linkSent()).isTrue();
        assertThat(sent.invitedBy()).isEqualTo(personOf("acme", "lawyer@acme.test"));
        assertThat(sent.mayChange()).isTrue();
        String link = MailServer.firstLink(services.mail().await(email, "Invitation to join the ACME Legal", 0,
                MAIL));
        assertThat(link).as("Keycloak mailed the link").isNotBlank();
        assertThat(as("acme", "lawyer@acme.test", () -> invitations.all())).filteredOn(i -> i.id().equals(sent.id()))
                .singleElement().satisfies(i -> {
                    assertThat(i.email()).isEqualTo(email);
                    assertThat(i.companyName()).isEqualTo("Client Co");
                    assertThat(i.mayChange()).isTrue();
                });
        assertThat(as("acme", "contracts@acme.test", () -> invitations.all())).as("a colleague sees it, read only")
                .filteredOn(i -> i.id().equals(sent.id())).singleElement()
                .satisfies(i -> assertThat(i.mayChange()).isFalse());
        assertThat(as("acme", "admin@acme.test", () -> invitations.find(sent.id()))).hasValueSatisfying(
                i -> assertThat(i.mayChange()).isTrue());

        InvitationSummary resent = as("acme", "lawyer@acme.test", () -> invitations.resend(sent.id()));
        assertThat(resent.status()).isEqualTo(InvitationStatus.INVITED);
        assertThat(MailServer.firstLink(services.mail().await(email, "Invitation", 1, MAIL))).isNotEqualTo(link);
        as("acme", "lawyer@acme.test", () -> {
            invitations.withdraw(sent.id());
            return null;
        });
        assertThat(as("acme", "admin@acme.test", () -> invitations.find(sent.id()))).isEmpty();
        assertThat(as("acme", "admin@acme.test", () -> memberships.exists(email, null))).isFalse();
    }

    @Test
    void staff_resend_or_withdraw_only_the_invitations_they_sent_and_administrators_any() {
        UUID clientCo = clientCo();
        as("acme", "admin@acme.test", () -> settings.change(new InvitationSettings(true)));
        InvitationSummary byAdmin = as("acme", "admin@acme.test", () -> invitations.invite(new InviteRequester(
                InvitationsIT.unique("adele"), "Adèle", "Adminsent", clientCo, null)));
        InvitationSummary byLawyer = as("acme", "lawyer@acme.test", () -> invitations.invite(new InviteRequester(
                InvitationsIT.unique("luc"), "Luc", "Lawyersent", clientCo, null)));

        assertThat(as("acme", "lawyer@acme.test", () -> invitations.find(byAdmin.id()))).hasValueSatisfying(
                i -> assertThat(i.mayChange()).isFalse());
        assertThatThrownBy(() -> as("acme", "lawyer@acme.test", () -> {
            invitations.withdraw(byAdmin.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("acme", "lawyer@acme.test", () -> invitations.resend(byAdmin.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("acme", "contracts@acme.test", () -> {
            invitations.withdraw(byLawyer.id());
            return null;
        })).as("another staff member's").isInstanceOf(AccessDeniedException.class);
        assertThat(as("acme", "admin@acme.test", () -> invitations.find(byAdmin.id()))).as("untouched")
                .hasValueSatisfying(i -> assertThat(i.status()).isEqualTo(InvitationStatus.INVITED));
        assertThat(as("acme", "admin@acme.test", () -> memberships.exists(byAdmin.email(), null))).isTrue();

        as("acme", "admin@acme.test", () -> {
            invitations.withdraw(byLawyer.id());
            return null;
        });
        assertThat(as("acme", "lawyer@acme.test", () -> invitations.find(byLawyer.id()))).as("an administrator "
                + "withdraws any").isEmpty();
    }

    @Test
    void turning_the_setting_off_stops_staff_at_their_next_call_even_on_their_own_invitations() {
        UUID clientCo = clientCo();
        as("acme", "admin@acme.test", () -> settings.change(new InvitationSettings(true)));
        InvitationSummary own = as("acme", "contracts@acme.test", () -> invitations.invite(new InviteRequester(
                InvitationsIT.unique("carla"), "Carla", "Contractsent", clientCo, null)));
        assertThat(own.invitedBy()).isEqualTo(personOf("acme", "contracts@acme.test"));

        as("acme", "admin@acme.test", () -> settings.change(new InvitationSettings(false)));

        assertThat(as("acme", "contracts@acme.test", () -> invitations.mayInvite())).isFalse();
        assertThatThrownBy(() -> as("acme", "contracts@acme.test", () -> {
            invitations.withdraw(own.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(as("acme", "admin@acme.test", () -> invitations.find(own.id()))).isPresent();
    }

    @Test
    void portal_users_never_invite_and_only_administrators_read_or_change_the_setting() {
        UUID clientCo = clientCo();
        as("acme", "admin@acme.test", () -> settings.change(new InvitationSettings(true)));
        String email = InvitationsIT.unique("peter");

        assertThat(as("acme", "requester@client.test", () -> invitations.mayInvite())).isFalse();
        assertThatThrownBy(() -> as("acme", "requester@client.test", () -> invitations.invite(new InviteRequester(
                email, "Peter", "Portal", clientCo, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("acme", "requester@client.test", () -> invitations.all()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("acme", "admin@acme.test", () -> memberships.exists(email, null))).isFalse();
        for (String who : new String[] {"lawyer@acme.test", "requester@client.test"}) {
            assertThatThrownBy(() -> as("acme", who, () -> settings.settings())).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("acme", who, () -> settings.change(new InvitationSettings(false)))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("acme", "admin@acme.test", () -> settings.settings().staffMayInvite())).isTrue();
    }

    @Test
    void globex_staff_neither_see_nor_withdraw_acme_invitations_and_acmes_setting_is_not_globexs() {
        UUID clientCo = clientCo();
        as("acme", "admin@acme.test", () -> settings.change(new InvitationSettings(true)));
        assertThat(as("globex", "admin@globex.test", () -> settings.settings().staffMayInvite()))
                .as("acme's setting is acme's").isFalse();
        assertThat(as("globex", "lawyer@globex.test", () -> invitations.mayInvite())).isFalse();
        InvitationSummary acme = as("acme", "lawyer@acme.test", () -> invitations.invite(new InviteRequester(
                InvitationsIT.unique("anna"), "Anna", "Acme", clientCo, null)));

        as("globex", "admin@globex.test", () -> settings.change(new InvitationSettings(true)));
        assertThat(as("globex", "lawyer@globex.test", () -> invitations.all())).extracting(InvitationSummary::id)
                .doesNotContain(acme.id());
        assertThat(as("globex", "lawyer@globex.test", () -> invitations.find(acme.id()))).isEmpty();
        for (Runnable change : new Runnable[] {() -> invitations.withdraw(acme.id()),
                () -> invitations.resend(acme.id())}) {
            assertThatThrownBy(() -> as("globex", "lawyer@globex.test", () -> {
                change.run();
                return null;
            })).isInstanceOfSatisfying(InvitationRefusedException.class, e -> assertThat(e.reason())
                    .isEqualTo(InvitationRefusedException.Reason.UNKNOWN_INVITATION));
        }
        UUID initech = as("globex", "admin@globex.test", () -> people.ensureCompany("Initech").id());
        assertThatThrownBy(() -> as("acme", "lawyer@acme.test", () -> invitations.invite(new InviteRequester(
                InvitationsIT.unique("ivo"), "Ivo", "Intruder", initech, null))))
                .as("a globex company is no company of acme's").hasMessageContaining("No company");

        assertThat(as("acme", "admin@acme.test", () -> invitations.find(acme.id()))).hasValueSatisfying(i -> {
            assertThat(i.status()).isEqualTo(InvitationStatus.INVITED);
            assertThat(i.email()).isEqualTo(acme.email());
        });
    }

    private UUID clientCo() {
        return as("acme", "admin@acme.test", () -> people.companies("Client Co", 0, 1).getContent().get(0))
                .id();
    }

    private UUID personOf(String slug, String email) {
        return member(slug, email).personId();
    }

    private MembershipSummary member(String slug, String email) {
        TenantSummary tenant = directory.findBySlug(slug).orElseThrow();
        return TenantContext.callAsPlatformWork(new CurrentTenant(tenant.id(), tenant.slug()), () -> memberships.all())
                .stream().filter(m -> m.email().equals(email)).findFirst().orElseThrow();
    }

    private <T> T as(String slug, String email, Supplier<T> work) {
        TenantSummary tenant = directory.findBySlug(slug).orElseThrow();
        MembershipSummary member = member(slug, email);
        try (TenantContext.Scope ignored = TenantContext.open(new TenantMember(new CurrentTenant(tenant.id(),
                tenant.slug()), tenant.name(), member.personId(), member.email(), member.displayName(),
                member.roles()))) {
            return work.get();
        }
    }
}
