package app.lexdesk.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.lexdesk.core.onboarding.InvitationService;
import app.lexdesk.core.onboarding.InvitationSettings;
import app.lexdesk.core.onboarding.InvitationSettingsService;
import app.lexdesk.core.onboarding.InvitationStatus;
import app.lexdesk.core.onboarding.InvitationSummary;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantSummary;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.HeadlessBrowser;
import app.lexdesk.infra.MailServer;
import app.lexdesk.ui.UiIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Onboarding a requester, in a real browser, through Keycloak's real pages and the dev SMTP server: the
 * administrator invites someone of Client Co on People and access; the person opens the emailed link in a browser of
 * their own, sets a password, confirms their address and lands in ACME's portal, where they submit a request. A
 * withdrawn invitation's link leads nowhere. Someone at one of Client Co's self-signup domains registers on the login
 * page by themselves and lands in the same portal. Once an administrator allows it, a lawyer invites from People &amp;
 * companies, and no longer once it is switched off.
 */
@UiIntegrationTest
class InvitationJourneyIT {

    static final Duration MAIL = Duration.ofSeconds(30);
    static final String PASSWORD = "Nouveau-mot-2-passe";

    @RegisterExtension
    static final HeadlessBrowser browser = new HeadlessBrowser();
    final DevServices services = DevServices.forTests();
    final String app = services.appUrl();
    @Autowired InvitationService invitations;
    @Autowired TenantDirectory directory;
    @Autowired InvitationSettingsService settings;

    @Test
    void an_invited_requester_of_client_co_sets_a_password_lands_in_the_portal_and_submits() {
        String email = unique("nora");
        Page admin = browser.newPage("en-GB");
        admin.navigate(app + "/t/acme/app/settings/people");
        HeadlessBrowser.logIn(admin, "admin@acme.test");
        invite(admin, email, "Nora", "Newcomer");
        InvitationSummary invitation = invitation(email);
        Assertions.assertThat(invitation.companyName()).isEqualTo("Client Co");
        assertThat(admin.locator("#invitation-status-" + invitation.id())).hasText("Invited");

        Page person = browser.newPage("en-GB");
        person.navigate(MailServer.firstLink(services.mail().await(email, "Invitation to join the ACME Legal", 0,
                MAIL)));
        assertThat(person.locator("body")).containsText("Create an account to join the ACME Legal organization");
        assertThat(person.locator("#email")).hasValue(email);
        person.locator("#password").fill(PASSWORD);
        person.locator("#password-confirm").fill(PASSWORD);
        person.locator("#firstName").fill("Nora");
        person.locator("#lastName").fill("Newcomer");
        person.locator("#kc-register-form input[type=submit]").click();
        assertThat(person.locator("body")).containsText("You need to verify your email address");
        person.navigate(MailServer.firstLink(services.mail().await(email, "Verify email", 0, MAIL)));

        person.waitForURL(Pattern.compile(".*/t/acme/portal.*"));
        assertThat(person.locator("#portal-home h1")).hasText("Welcome, Nora Newcomer");
        person.navigate(app + "/t/acme/portal/new");
        person.locator("#request-type vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("Other legal question")).click();
        person.locator("#field-subject input").fill("My first request, as an invited requester");
        person.locator("#submit-request").click();
        assertThat(person.locator("#request-reference")).containsText("REQ-");

        admin.reload();
        assertThat(admin.locator("#invitation-status-" + invitation.id())).hasText("Active");
        Assertions.assertThat(invitation(email).status()).isEqualTo(InvitationStatus.ACTIVE);
    }

    @Test
    void a_withdrawn_invitations_link_no_longer_leads_into_the_portal() {
        String email = unique("wanda");
        Page admin = browser.newPage("en-GB");
        admin.navigate(app + "/t/acme/app/settings/people");
        HeadlessBrowser.logIn(admin, "admin@acme.test");
        invite(admin, email, "Wanda", "Withdrawn");
        String link = MailServer.firstLink(services.mail().await(email, "Invitation", 0, MAIL));

        UUID id = invitation(email).id();
        // The row may sit under the dev-mode toolbar in the corner, which would take a pointer click.
        admin.locator("#withdraw-" + id).dispatchEvent("click");
        admin.locator("vaadin-button[slot=confirm-button]").filter(new Locator.FilterOptions().setHasText("Withdraw"))
                .click();
        // The grid keeps the rows it no longer needs in the page, hidden: what counts is what the administrator sees.
        assertThat(admin.locator("#invitation-status-" + id)).not().isVisible();
        assertThat(admin.locator("#withdraw-" + id)).not().isVisible();
        Assertions.assertThat(acmeInvitations()).extracting(InvitationSummary::email).doesNotContain(email);

        Page person = browser.newPage("en-GB");
        person.navigate(link);
        assertThat(person.locator("body")).containsText("The link you clicked is no longer valid");
        assertThat(person.locator("#kc-register-form")).hasCount(0);
        person.navigate(app + "/t/acme/portal");
        assertThat(person.locator("#kc-login")).isVisible();
        assertThat(person.locator("#portal-home")).hasCount(0);
    }

    @Test
    void a_person_at_a_self_signup_domain_of_client_co_registers_on_the_login_page_and_lands_in_the_portal() {
        String domain = "signup-" + Long.toString(System.nanoTime(), 36) + ".test";
        Page admin = browser.newPage("en-GB");
        admin.navigate(app + "/t/acme/app/settings/people");
        HeadlessBrowser.logIn(admin, "admin@acme.test");
        admin.locator("#domain-company input").fill("Client Co");
        admin.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Client Co")).first()
                .click();
        assertThat(admin.locator("#domain-company input")).hasValue("Client Co");
        admin.locator("#domain-name input").fill(domain);
        // A real click: the domain field sends its value when it loses the focus.
        admin.locator("#domain-allow").click();
        assertThat(admin.locator("#signup-domains")).containsText(domain);

        String email = "sue@" + domain;
        Page person = browser.newPage("en-GB");
        person.navigate(app + "/t/acme/portal");
        person.locator("#kc-registration a").click();
        person.locator("#email").fill(email);
        person.locator("#password").fill(PASSWORD);
        person.locator("#password-confirm").fill(PASSWORD);
        person.locator("#firstName").fill("Sue");
        person.locator("#lastName").fill("Signup");
        person.locator("#kc-register-form input[type=submit]").click();
        assertThat(person.locator("body")).containsText("You need to verify your email address");
        person.navigate(MailServer.firstLink(services.mail().await(email, "Verify email", 0, MAIL)));

        person.waitForURL(Pattern.compile(".*/t/acme/portal.*"));
        assertThat(person.locator("#portal-home h1")).hasText("Welcome, Sue Signup");
    }

    @Test
    void a_lawyer_invites_from_people_and_companies_once_an_administrator_allows_it_and_not_after_it_is_off() {
        Page admin = browser.newPage("en-GB");
        admin.navigate(app + "/t/acme/app/settings/people");
        HeadlessBrowser.logIn(admin, "admin@acme.test");
        Page lawyer = browser.newPage("en-GB");
        lawyer.navigate(app + "/t/acme/app/people");
        HeadlessBrowser.logIn(lawyer, "lawyer@acme.test");
        assertThat(lawyer.locator("#people")).isVisible();
        assertThat(lawyer.locator("#invite-requester")).not().isVisible();
        try {
            assertThat(admin.locator("#settings-staff-may-invite")).not().hasAttribute("checked", "");
            admin.locator("#settings-staff-may-invite input").click();
            assertThat(admin.locator("#settings-staff-may-invite")).hasAttribute("checked", "");

            lawyer.reload();
            String email = unique("lena");
            invite(lawyer, email, "Lena", "Lawyersent");
            InvitationSummary invitation = invitation(email);
            assertThat(lawyer.locator("#invitation-status-" + invitation.id())).hasText("Invited");
            assertThat(lawyer.locator("#withdraw-" + invitation.id())).isVisible();
            Assertions.assertThat(services.mail().await(email, "Invitation to join the ACME Legal", 0, MAIL))
                    .isNotNull();

            admin.locator("#settings-staff-may-invite input").click();
            assertThat(admin.locator("#settings-staff-may-invite")).not().hasAttribute("checked", "");
            lawyer.reload();
            assertThat(lawyer.locator("#people")).isVisible();
            assertThat(lawyer.locator("#invite-requester")).not().isVisible();
            assertThat(lawyer.locator("#invitations")).not().isVisible();
        } finally {
            TenantSummary acme = directory.findBySlug("acme").orElseThrow();
            TenantContext.callAsPlatformWork(new CurrentTenant(acme.id(), acme.slug()),
                    () -> settings.change(new InvitationSettings(false)));
        }
    }

    private void invite(Page admin, String email, String firstName, String lastName) {
        admin.locator("#invite-requester").dispatchEvent("click");
        admin.locator("#invite-email input").fill(email);
        admin.locator("#invite-first-name input").fill(firstName);
        admin.locator("#invite-last-name input").fill(lastName);
        admin.locator("#invite-company input").fill("Client Co");
        admin.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Client Co")).first()
                .click();
        admin.locator("#invite-send").click();
        assertThat(admin.locator("#invitation-dialog")).hasCount(0);
        assertThat(admin.locator("#invitations")).containsText(email);
    }

    private InvitationSummary invitation(String email) {
        return acmeInvitations().stream().filter(i -> i.email().equals(email)).findFirst().orElseThrow();
    }

    private List<InvitationSummary> acmeInvitations() {
        TenantSummary acme = directory.findBySlug("acme").orElseThrow();
        return TenantContext.callAsPlatformWork(new CurrentTenant(acme.id(), acme.slug()), () -> invitations.all());
    }

    private static String unique(String who) {
        return who + "-" + Long.toString(System.nanoTime(), 36) + "@newclient.test";
    }
}
