package app.lexdesk.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.provisioning.TenantProvisioningService;
import app.lexdesk.core.sessions.EndedLoginSessions;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.MembershipSummary;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.tenancy.TenantSummary;
import app.lexdesk.core.testing.EndedSessions;
import app.lexdesk.core.testing.TestMembers;
import app.lexdesk.infra.DemoData;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.HeadlessBrowser;
import app.lexdesk.ui.UiIntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Access that is withdrawn ends in tabs that are already open, at the person's next click: a deactivated
 * membership, a demoted administrator, a Keycloak session ended by an administrator (whether Keycloak's call
 * reached this node or another). Each test uses a person of its own, so the demo users stay as they are.
 */
@UiIntegrationTest
class AccessJourneysIT {

    @RegisterExtension
    static final HeadlessBrowser browser = new HeadlessBrowser();
    final DevServices services = DevServices.forTests();
    final String app = services.appUrl();
    @Autowired TenantProvisioningService provisioning;
    @Autowired MembershipService memberships;
    @Autowired TenantDirectory directory;
    @Autowired RequestTypeService types;
    @Autowired EndedLoginSessions endedLogins;
    @Autowired JdbcTemplate jdbc;
    @Value("${lexdesk.identity.issuer}") String issuer;

    @Test
    void a_member_deactivated_on_the_people_page_is_refused_at_the_next_click_in_an_open_tab() {
        DemoData.User lawyer = TestMembers.create(services, provisioning, issuer, DemoData.ACME, Role.LEGAL_STAFF);
        Page tab = browser.newPage("en-GB");
        tab.navigate(app + "/t/acme/app/matters/all");
        HeadlessBrowser.logIn(tab, lawyer.email());
        assertThat(tab.locator("#matters")).isVisible();
        UUID personId = personId(lawyer.email());
        try {
            Page admin = browser.newPage("en-GB");
            admin.navigate(app + "/t/acme/app/settings/people");
            HeadlessBrowser.logIn(admin, "admin@acme.test");
            assertThat(admin.locator("#memberships")).containsText(lawyer.email());
            // The row may sit under the dev-mode toolbar in the corner, which would take a pointer click.
            admin.locator("#edit-member-" + personId).dispatchEvent("click");
            admin.locator("#member-deactivate").click();
            assertThat(admin.locator("#membership-dialog")).hasCount(0);
            assertThat(admin.locator("#status-" + personId)).hasText("Deactivated");

            // The lawyer's tab was drawn before; typing a search is its next interaction.
            tab.locator("#matter-search input").fill("contract");
            tab.locator("#matter-search input").press("Enter");
            assertThat(tab.locator("#not-allowed-reason")).hasText("You do not have access to this workspace.");
            assertThat(tab.locator("#matters")).hasCount(0);
            Assertions.assertThat(tab.url()).as("the address stays what was asked for").contains("/t/acme/app/matters");
        } finally {
            asAcmeAdministrator(() -> memberships.reactivate(personId));
        }
    }

    @Test
    void a_demoted_administrator_is_refused_on_settings_at_the_next_interaction() {
        DemoData.User admin = TestMembers.create(services, provisioning, issuer, DemoData.ACME, Role.TENANT_ADMIN);
        Page tab = browser.newPage("en-GB");
        tab.navigate(app + "/t/acme/app/settings");
        HeadlessBrowser.logIn(tab, admin.email());
        assertThat(tab.locator("#active-nda")).isVisible();
        UUID personId = personId(admin.email());
        asAcmeAdministrator(() -> memberships.changeRoles(personId, Set.of(Role.LEGAL_STAFF)));
        try {
            tab.locator("#active-nda").click();

            assertThat(tab.locator("#settings-admins-only")).isVisible();
            assertThat(tab.locator("#request-types")).hasCount(0);
            Assertions.assertThat(inAcme(() -> types.find("nda")).orElseThrow().active())
                    .as("the click did not withdraw the request type").isTrue();
            assertThat(tab.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Settings")))
                    .hasCount(0);
        } finally {
            if (!inAcme(() -> types.find("nda")).orElseThrow().active()) {
                inAcme(() -> {
                    types.setActive("nda", true);
                    return null;
                });
            }
        }
    }

    @Test
    void ending_the_keycloak_session_ends_the_open_tab_at_the_next_click() {
        DemoData.User lawyer = TestMembers.create(services, provisioning, issuer, DemoData.ACME, Role.LEGAL_STAFF);
        Page tab = browser.newPage("en-GB");
        tab.navigate(app + "/t/acme/app/matters/all");
        HeadlessBrowser.logIn(tab, lawyer.email());
        assertThat(tab.locator("#matters")).isVisible();

        String session = tab.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow().value;

        // As an administrator does in Keycloak's console; Keycloak tells Lexdesk over the back channel.
        services.endTenantUserSessions(lawyer.email());
        EndedSessions.await(session, Duration.ofSeconds(10));

        tab.locator("#matter-search input").fill("contract");
        tab.locator("#matter-search input").press("Enter");
        assertThat(tab.locator("#kc-login")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(tab.locator("#matters")).hasCount(0);
        tab.navigate(app + "/t/acme/app/matters/all");
        // No Lexdesk session is left either: the application sends the browser to Keycloak again.
        assertThat(tab.locator("#kc-login")).isVisible();
        Assertions.assertThat(tab.url()).matches(Pattern.compile(".*/realms/lexdesk/.*"));
    }

    @Test
    void a_keycloak_logout_that_reached_another_node_ends_the_session_here_at_the_next_click() {
        DemoData.User lawyer = TestMembers.create(services, provisioning, issuer, DemoData.ACME, Role.LEGAL_STAFF);
        Page tab = browser.newPage("en-GB");
        tab.navigate(app + "/t/acme/app/matters/all");
        HeadlessBrowser.logIn(tab, lawyer.email());
        assertThat(tab.locator("#matters")).isVisible();
        String session = tab.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow().value;
        String sid = services.tenantUserSessionIds(lawyer.email()).get(0);
        try {
            // What the node that Keycloak's back-channel call reached records for the others.
            endedLogins.record(services.tenantIssuer(), sid);

            tab.locator("#matter-search input").fill("contract");
            tab.locator("#matter-search input").press("Enter");

            EndedSessions.await(session, Duration.ofSeconds(10));
        } finally {
            // Keycloak's own session lives on in this test: leave before the tab signs in again with it.
            tab.context().close();
            jdbc.update("delete from ended_login_session where sid = ?", sid);
        }
    }

    private UUID personId(String email) {
        return inAcme(() -> memberships.all()).stream().filter(m -> m.email().equals(email)).findFirst()
                .orElseThrow().personId();
    }

    private <T> T asAcmeAdministrator(Supplier<T> work) {
        TenantSummary acme = directory.findBySlug("acme").orElseThrow();
        MembershipSummary admin = inAcme(() -> memberships.all()).stream()
                .filter(m -> m.email().equals("admin@acme.test")).findFirst().orElseThrow();
        TenantMember member = new TenantMember(new CurrentTenant(acme.id(), acme.slug()), acme.name(),
                admin.personId(), admin.email(), admin.displayName(), admin.roles());
        try (TenantContext.Scope ignored = TenantContext.open(member)) {
            return work.get();
        }
    }

    private <T> T inAcme(Supplier<T> work) {
        TenantSummary acme = directory.findBySlug("acme").orElseThrow();
        return TenantContext.callAsPlatformWork(new CurrentTenant(acme.id(), acme.slug()), work);
    }
}
