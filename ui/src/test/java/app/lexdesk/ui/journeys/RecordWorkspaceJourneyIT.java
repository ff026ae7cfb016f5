package app.lexdesk.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.HeadlessBrowser;
import app.lexdesk.ui.UiIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The founding story, steps 7 and 8, staff side: on a matter from the portal the lawyer records a key development
 * the requester will see, shares a note (confirming), writes an internal note, and a note made of markup shows as
 * the text it is — no script runs. The requester's and her company's pages then list the matter.
 */
@UiIntegrationTest
class RecordWorkspaceJourneyIT {

    static final String XSS = "<img src=x onerror=alert(1)>";

    @RegisterExtension
    static final HeadlessBrowser browser = new HeadlessBrowser();
    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);

    @Test
    void a_lawyer_records_a_visible_development_a_shared_note_and_an_internal_note_and_markup_stays_text() {
        String matter = portalMatter("Bail commercial : relance du bailleur " + System.nanoTime());
        Page lawyer = browser.newPage("en-GB");
        AtomicBoolean dialogFired = new AtomicBoolean();
        lawyer.onDialog(dialog -> {
            dialogFired.set(true);
            dialog.dismiss();
        });
        lawyer.navigate(services.appUrl() + "/t/acme/app/matter/" + matter);
        HeadlessBrowser.logIn(lawyer, "lawyer@acme.test");
        // The record page's sections are tabs after the Overview.
        lawyer.locator("#tab-record-section-people").click();
        assertThat(lawyer.locator("#record-requester")).containsText("Rachel Moreau");
        assertThat(lawyer.locator("#record-company")).containsText("Client Co");

        lawyer.locator("#tab-record-section-developments").click();
        lawyer.locator("#development-add").click();
        lawyer.locator("#development-title input").fill("Landlord's letter answered");
        lawyer.locator("#development-visibility vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Visible to requester")).click();
        lawyer.locator("#development-save").click();
        Locator development = lawyer.locator("#developments .lexdesk-development")
                .filter(new Locator.FilterOptions().setHasText("Landlord's letter answered"));
        assertThat(development).hasClass(java.util.regex.Pattern.compile(".*lexdesk-shared.*"));
        assertThat(development).containsText("Visible to requester");

        lawyer.locator("#tab-record-section-notes").click();
        note(lawyer, "We have answered the landlord; see https://example.org/letter", "Shared with requester");
        // Sharing asks first; nothing is posted until the lawyer confirms.
        assertThat(lawyer.locator("#notes")).not().containsText("We have answered the landlord");
        lawyer.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Share with requester")).click();
        Locator shared = lawyer.locator("#notes .lexdesk-note")
                .filter(new Locator.FilterOptions().setHasText("We have answered the landlord"));
        assertThat(shared).hasClass(java.util.regex.Pattern.compile(".*lexdesk-shared.*"));
        assertThat(shared).containsText("Shared with requester");
        assertThat(shared.locator("a")).hasAttribute("href", "https://example.org/letter");

        note(lawyer, "Weak case on the deposit.", "Internal");
        Locator internal = lawyer.locator("#notes .lexdesk-note")
                .filter(new Locator.FilterOptions().setHasText("Weak case on the deposit."));
        assertThat(internal).hasClass(java.util.regex.Pattern.compile(".*lexdesk-internal.*"));
        assertThat(internal).containsText("Internal");

        note(lawyer, XSS, "Internal");
        Locator markup = lawyer.locator("#notes .lexdesk-note-text")
                .filter(new Locator.FilterOptions().setHasText(XSS));
        assertThat(markup).hasCount(1);
        assertThat(lawyer.locator("#notes img")).hasCount(0);
        lawyer.locator("#tab-record-section-activity").click();
        lawyer.locator("#activity-refresh").click();
        assertThat(lawyer.locator("#activity")).containsText("Note shared with the requester");
        org.assertj.core.api.Assertions.assertThat(dialogFired).as("no script ran").isFalse();

        // People & companies: the requester's page lists the records she appears on, linked to them.
        lawyer.locator("#tab-record-section-people").click();
        lawyer.locator("#record-requester a").first().click();
        assertThat(lawyer.locator("#person-name")).hasText("Rachel Moreau");
        assertThat(lawyer.locator("#involvements")).containsText(matter);
        assertThat(lawyer.locator("#involvements")).containsText("Requester");
        lawyer.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("People & companies"))
                .click();
        lawyer.locator("#to-companies").click();
        lawyer.locator("#companies-search input").fill("Client Co");
        lawyer.locator("#companies a").filter(new Locator.FilterOptions().setHasText("Client Co")).first().click();
        assertThat(lawyer.locator("#company-people")).containsText("Rachel Moreau");
        assertThat(lawyer.locator("#involvements")).containsText(matter);
    }

    private static void note(Page page, String text, String visibility) {
        page.locator("#note-text textarea").fill(text);
        page.locator("#note-visibility vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(visibility)).first().click();
        page.locator("#note-post").click();
    }

    private String portalMatter(String subject) {
        String requester = api.token("requester@client.test", "openid organization");
        HttpResponse<String> submitted = api.post("/api/v1/requests", requester, ApiClient.toJson(Map.of(
                "type", "other-legal-question", "subject", subject)), null);
        org.assertj.core.api.Assertions.assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String request = ApiClient.json(submitted.body()).get("reference").asText();
        String staff = api.token("lawyer@acme.test", "openid organization");
        return ApiClient.json(api.get("/api/v1/requests/" + request, staff).body()).get("record").asText();
    }
}
