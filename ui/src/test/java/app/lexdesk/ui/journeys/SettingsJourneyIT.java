package app.lexdesk.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.HeadlessBrowser;
import app.lexdesk.ui.UiIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Administrators decide which request types requesters are offered; other staff cannot. */
@UiIntegrationTest
class SettingsJourneyIT {

    @RegisterExtension
    static final HeadlessBrowser browser = new HeadlessBrowser();
    final String app = DevServices.forTests().appUrl();

    @Test
    void an_administrator_withdraws_a_request_type_and_requesters_no_longer_see_it() {
        Page admin = browser.newPage("en-GB");
        admin.navigate(app + "/t/acme/app/settings");
        HeadlessBrowser.logIn(admin, "admin@acme.test");
        Locator nda = admin.locator("#active-nda");
        assertThat(nda).isVisible();
        nda.click();
        assertThat(nda).not().hasAttribute("checked", "");
        try {
            Page requester = browser.newPage("en-GB");
            requester.navigate(app + "/t/acme/portal/new");
            HeadlessBrowser.logIn(requester, "colleague@client.test");
            assertThat(requester.locator("#request-type")).containsText("New contract");
            assertThat(requester.locator("#request-type")).not().containsText("Non-disclosure agreement");
        } finally {
            nda.click();
            assertThat(nda).hasAttribute("checked", "");
        }
    }

    @Test
    void a_lawyer_cannot_change_settings() {
        Page lawyer = browser.newPage("en-GB");
        lawyer.navigate(app + "/t/acme/app/settings");
        HeadlessBrowser.logIn(lawyer, "lawyer@acme.test");
        assertThat(lawyer.locator("#settings-admins-only")).isVisible();
        assertThat(lawyer.locator("#request-types")).hasCount(0);
    }
}
