package app.lexdesk.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.lexdesk.core.attachments.FileNames;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.HeadlessBrowser;
import app.lexdesk.ui.UiIntegrationTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The founding story, steps 1 to 5: a requester submits from the portal, the request is classified onto the
 * Litigation board, and the lawyer finds it there striped green and opens it.
 */
@UiIntegrationTest
class IntakeJourneyIT {

    @RegisterExtension
    static final HeadlessBrowser browser = new HeadlessBrowser();
    final String app = DevServices.forTests().appUrl();

    @Test
    void a_formal_notice_from_the_portal_reaches_the_litigation_board_striped_green() {
        String subject = "Mise en demeure reçue de notre fournisseur " + System.nanoTime();
        Page requester = browser.newPage("fr-FR");
        requester.navigate(app + "/t/acme/portal/new");
        HeadlessBrowser.logIn(requester, "requester@client.test");
        requester.locator("#request-type vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("Autre question juridique")).click();
        requester.locator("#field-subject input").fill(subject);
        requester.locator("#field-description textarea").fill("Reçue hier, délai de huit jours.");
        byte[] letter = "%PDF-1.4\nLettre recommandée\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        requester.locator("#field-attachments input[type=file]").setInputFiles(new FilePayload("mise-en-demeure.pdf",
                "application/pdf", letter));
        assertThat(requester.locator("#field-attachments vaadin-upload-file[complete]")).hasCount(1);
        requester.locator("#submit-request").click();
        assertThat(requester.locator("#request-reference")).containsText("REQ-");
        String reference = requester.locator("#request-reference").textContent().replaceAll(".*(REQ-\\S+).*", "$1");
        // What the requester sees never includes the legal team's classification.
        assertThat(requester.locator("#portal-request")).not().containsText("rules-classifier");
        assertThat(requester.locator("#portal-request")).not().containsText("Contentieux");

        Page lawyer = browser.newPage("en-GB");
        lawyer.navigate(app + "/t/acme/app/matters/litigation");
        HeadlessBrowser.logIn(lawyer, "lawyer@acme.test");
        Locator grid = lawyer.locator("#matters");
        assertThat(grid).containsText(subject);
        assertThat(grid).containsText("From portal");
        assertThat(lawyer.locator("#matters [part~='from-portal']").first()).isVisible();
        // The board's filters reach the core: nobody has taken the request yet.
        lawyer.locator("#matter-search input").fill(subject);
        // (The grid keeps rendered cells in its DOM; its size is what the core returned.)
        assertThat(grid).hasJSProperty("size", 1);
        pick(lawyer, "#matter-assignee", "Assigned to me");
        assertThat(grid).hasJSProperty("size", 0);
        pick(lawyer, "#matter-assignee", "Unassigned");
        assertThat(grid).hasJSProperty("size", 1);
        // The picks stay in the address: a reload (or a shared link) shows the same list, and so do other boards.
        assertThat(lawyer).hasURL(java.util.regex.Pattern.compile(
                ".*/matters/litigation\\?(?=.*\\bq=)(?=.*\\bassignee=none).*"));
        lawyer.reload();
        assertThat(lawyer.locator("#matter-assignee")).containsText("Unassigned");
        assertThat(lawyer.locator("#matters")).hasJSProperty("size", 1);
        lawyer.locator("#board-all a").click();
        assertThat(lawyer).hasURL(java.util.regex.Pattern.compile(
                ".*/matters/all\\?(?=.*\\bq=)(?=.*\\bassignee=none).*"));
        assertThat(lawyer.locator("#matters")).hasJSProperty("size", 1);
        lawyer.locator("#matters vaadin-grid-cell-content a").filter(new Locator.FilterOptions().setHasText(subject)).click();
        assertThat(lawyer.locator("#record-classification")).containsText("rules-classifier matched 'mise en demeure'");
        assertThat(lawyer.locator("#request-details")).containsText(reference);
        assertThat(lawyer.locator("#request-requester")).hasText("Rachel Moreau");
        assertThat(lawyer.locator("#request-company")).hasText("Client Co");
        assertThat(lawyer.locator("#from-portal")).hasText("From portal");
        assertThat(lawyer.locator("#record-files")).containsText("mise-en-demeure.pdf");
        assertThat(lawyer.locator("#record-files")).containsText("application/pdf");
        assertThat(lawyer.locator("#record-files [part~='visible-to-portal']").first()).isVisible();
        Download opened = lawyer.waitForDownload(() -> lawyer.locator("#record-files a")
                .filter(new Locator.FilterOptions().setHasText("mise-en-demeure.pdf")).click());
        org.assertj.core.api.Assertions.assertThat(opened.suggestedFilename()).isEqualTo("mise-en-demeure.pdf");
        org.assertj.core.api.Assertions.assertThat(readAll(opened)).isEqualTo(letter);

        // The requester sees and opens the file they sent; once the lawyer hides it, it is gone from the portal
        // and even the link already on the requester's page no longer gives it.
        requester.reload();
        assertThat(requester.locator("#request-files")).containsText("mise-en-demeure.pdf");
        String link = (String) requester.evaluate("h => new URL(h, document.baseURI).href",
                requester.locator("#request-files a").first().getAttribute("href"));
        APIResponse before = requester.request().get(link);
        org.assertj.core.api.Assertions.assertThat(before.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(before.body()).isEqualTo(letter);
        // The header is the core's one builder's, not Vaadin's own (which writes the name into it as given).
        org.assertj.core.api.Assertions.assertThat(before.headers().get("content-disposition"))
                .isEqualTo(FileNames.contentDisposition("mise-en-demeure.pdf"));
        // The overview lists the record's files read only; the Files tab shares and hides them.
        lawyer.locator("#tab-record-section-files").click();
        lawyer.locator("#files-tree vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHas(
                lawyer.locator("a").filter(new Locator.FilterOptions().setHasText("mise-en-demeure.pdf"))))
                .locator("vaadin-icon").click();
        lawyer.locator("#files-visibility").click();
        pick(lawyer, "#item-visibility", "Hidden from requester");
        lawyer.locator("#visibility-save").click();
        assertThat(lawyer.locator("#files-tree")).containsText("Hidden — set on this file");
        org.assertj.core.api.Assertions.assertThat(requester.request().get(link).status()).isEqualTo(404);
        requester.reload();
        assertThat(requester.locator("#request-details")).isVisible();
        assertThat(requester.locator("#request-files")).hasCount(0);

        // Another requester of the same company cannot open it.
        Page colleague = browser.newPage("en-GB");
        colleague.navigate(app + "/t/acme/portal/requests/" + reference);
        HeadlessBrowser.logIn(colleague, "colleague@client.test");
        colleague.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(colleague.locator("#portal-request")).hasCount(0);
        assertThat(colleague.locator("body")).not().containsText(subject);
    }

    @Test
    void missing_required_fields_are_flagged_on_the_fields_and_nothing_is_sent() {
        Page requester = browser.newPage("en-GB");
        requester.navigate(app + "/t/acme/portal/new");
        HeadlessBrowser.logIn(requester, "requester@client.test");
        requester.locator("#request-type vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("Litigation or dispute")).click();
        requester.locator("#submit-request").click();
        assertThat(requester.locator("#field-subject")).hasAttribute("invalid", "");
        assertThat(requester.locator("#field-counterparty")).hasAttribute("invalid", "");
        assertThat(requester.locator("#field-counterparty")).containsText("Required");
        assertThat(requester.locator("#request-reference")).hasCount(0);
    }

    private static byte[] readAll(Download download) {
        try {
            return java.nio.file.Files.readAllBytes(download.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void pick(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(item)).click();
    }
}
