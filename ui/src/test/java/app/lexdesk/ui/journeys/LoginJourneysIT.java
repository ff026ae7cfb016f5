package app.lexdesk.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.HeadlessBrowser;
import app.lexdesk.ui.UiIntegrationTest;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The log-in journeys, in a real browser, through Keycloak's real login page. */
@UiIntegrationTest
class LoginJourneysIT {

    @RegisterExtension
    static final HeadlessBrowser browser = new HeadlessBrowser();
    final String app = DevServices.forTests().appUrl();

    @Test
    void a_lawyer_logs_in_through_keycloak_and_lands_in_the_back_office() {
        Page page = browser.newPage("en-GB");
        page.navigate(app + "/");
        assertThat(page.locator("#kc-login")).isVisible();
        HeadlessBrowser.logIn(page, "lawyer@acme.test");
        page.waitForURL(Pattern.compile(".*/t/acme/app(\\?.*)?$"));
        assertThat(page.locator("#backoffice-home h1")).hasText("Welcome, Louis Durand");
        assertThat(page.locator("#tenant-name")).hasText("ACME Legal");
        assertThat(page.locator("#area-name")).hasText("Back office");
    }

    @Test
    void a_requester_logs_in_and_lands_in_the_portal() {
        Page page = browser.newPage("en-US");
        page.navigate(app + "/");
        HeadlessBrowser.logIn(page, "requester@client.test");
        page.waitForURL(Pattern.compile(".*/t/acme/portal(\\?.*)?$"));
        assertThat(page.locator("#portal-home h1")).hasText("Welcome, Rachel Moreau");
        assertThat(page.locator("#area-name")).hasText("Client portal");
    }

    @Test
    void a_lawyer_opening_another_tenants_back_office_is_refused() {
        Page page = browser.newPage("en-GB");
        page.navigate(app + "/t/globex/app");
        HeadlessBrowser.logIn(page, "lawyer@acme.test");
        page.waitForURL(Pattern.compile(".*/t/globex/app(\\?.*)?$"));
        assertThat(page.locator("#not-allowed-reason")).hasText("You do not have access to this workspace.");
        assertThat(page.locator("#backoffice-home")).hasCount(0);
        assertThat(page.content()).doesNotContain("Globex Legal").doesNotContain("Gaston");
    }

    @Test
    void a_portal_user_gets_a_clear_not_allowed_page_on_back_office_routes() {
        Page page = browser.newPage("en-GB");
        page.navigate(app + "/t/acme/app");
        HeadlessBrowser.logIn(page, "requester@client.test");
        assertThat(page.locator("#not-allowed-reason")).containsText("The back office is for the legal team");
        assertThat(page.locator("#backoffice-home")).hasCount(0);
    }

    @Test
    void signing_out_ends_the_keycloak_session_too() {
        Page page = browser.newPage("en-GB");
        page.navigate(app + "/t/acme/app");
        HeadlessBrowser.logIn(page, "lawyer@acme.test");
        assertThat(page.locator("#backoffice-home h1")).isVisible();
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-logout").click();
        // Our session ends, Keycloak's end-session endpoint runs and sends the browser back to the app,
        // which needs a login again: Keycloak asks for credentials instead of signing us straight back in.
        assertThat(page.locator("#kc-login")).isVisible();
        page.navigate(app + "/t/acme/app");
        assertThat(page.locator("#kc-login")).isVisible();
        assertThat(page.locator("#backoffice-home")).hasCount(0);
    }

    @Test
    void a_french_browser_gets_the_french_interface_and_keycloak_page() {
        Page page = browser.newPage("fr-FR");
        page.navigate(app + "/t/acme/app");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        HeadlessBrowser.logIn(page, "lawyer@acme.test");
        assertThat(page.locator("#backoffice-home h1")).hasText("Bienvenue, Louis Durand");
        assertThat(page.locator("#area-name")).hasText("Back-office");
    }

    @Test
    void the_language_switch_turns_the_interface_french() {
        Page page = browser.newPage("en-GB");
        page.navigate(app + "/t/acme/portal");
        HeadlessBrowser.logIn(page, "requester@client.test");
        assertThat(page.locator("#portal-home h1")).hasText("Welcome, Rachel Moreau");
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-language").click();
        page.locator("#language-fr").click();
        assertThat(page.locator("#portal-home h1")).hasText("Bienvenue, Rachel Moreau");
        assertThat(page.locator("#area-name")).hasText("Portail client");
    }
}
