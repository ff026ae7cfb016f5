package app.lexdesk.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.HeadlessBrowser;
import app.lexdesk.ui.UiIntegrationTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client portal (issue 10), walked in Chromium: the lawyer moves the requester's matter on, records a visible
 * development and a shared note and previews what she sees; the requester, in French, reads all of it and replies
 * with a file; the lawyer reads the reply and finds the file, both marked from the requester. A colleague of her
 * company sees the request only once an administrator turns company visibility on, and then read only; a requester of
 * another company never does. My requests is a list of cards on a phone, the subject in full view.
 */
@UiIntegrationTest
class PortalJourneyIT {

    @RegisterExtension
    static final HeadlessBrowser browser = new HeadlessBrowser();
    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);

    @AfterEach
    void companyVisibilityOff() {
        // The tests share the database: every other test expects requesters to see only their own requests.
        companyVisibility(false);
    }

    @Test
    void the_requester_follows_her_matter_and_replies_with_a_file_which_colleagues_only_read_with_company_visibility()
            throws IOException {
        companyVisibility(false);
        String subject = "Bail des bureaux de Lyon " + System.nanoTime();
        String[] opened = portalMatter(subject);
        String request = opened[0];
        String matter = opened[1];

        Page lawyer = browser.newPage("en-GB");
        lawyer.navigate(services.appUrl() + "/t/acme/app/matter/" + matter);
        HeadlessBrowser.logIn(lawyer, "lawyer@acme.test");
        lawyer.locator("#transition-IN_REVIEW").click();
        assertThat(lawyer.locator("#record-status")).hasText("In review");
        lawyer.locator("#tab-record-section-developments").click();
        lawyer.locator("#development-add").click();
        lawyer.locator("#development-title input").fill("Landlord asked for the keys");
        lawyer.locator("#development-visibility vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Visible to requester")).click();
        lawyer.locator("#development-save").click();
        assertThat(lawyer.locator("#developments")).containsText("Landlord asked for the keys");
        lawyer.locator("#tab-record-section-notes").click();
        lawyer.locator("#note-text textarea").fill("We wrote to the landlord; please send us the signed lease.");
        lawyer.locator("#note-visibility vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Shared with requester")).first().click();
        lawyer.locator("#note-post").click();
        lawyer.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Share with requester")).click();
        assertThat(lawyer.locator("#notes")).containsText("We wrote to the landlord");
        // Before she looks, the lawyer checks what she will see.
        lawyer.locator("#preview-as-requester").click();
        // A dialog's content is drawn in its overlay, not inside the dialog element.
        Locator preview = lawyer.locator("vaadin-dialog-overlay #portal-request-panel");
        assertThat(preview.locator("#portal-status")).hasText("In review");
        assertThat(preview.locator("#portal-developments")).containsText("Landlord asked for the keys");
        assertThat(preview.locator("#portal-notes")).containsText("We wrote to the landlord");
        assertThat(preview.locator("#reply-text")).hasCount(0);
        lawyer.locator("#requester-preview-close").click();
        assertThat(lawyer.locator("#portal-request-panel")).hasCount(0);

        Page requester = browser.newPage("fr-FR");
        requester.navigate(services.appUrl() + "/t/acme/portal/requests/" + request);
        HeadlessBrowser.logIn(requester, "requester@client.test");
        assertThat(requester.locator("#portal-status")).hasText("En cours d’examen");
        assertThat(requester.locator("#portal-status-history")).containsText("En cours d’examen");
        assertThat(requester.locator("#portal-developments")).containsText("Landlord asked for the keys");
        assertThat(requester.locator("#portal-notes")).containsText("We wrote to the landlord");
        assertThat(requester.locator("#portal-timeline")).containsText("Statut passé à En cours d’examen");
        // The upload boxes speak French, the component's own texts included.
        assertThat(requester.locator("#reply-attachments [slot='add-button']")).hasText("Ajouter des fichiers…");
        assertThat(requester.locator("body")).not().containsText("Upload Files");
        assertThat(requester.locator("body")).not().containsText("Drop files here");
        requester.locator("#reply-attachments input[type=file]").setInputFiles(new FilePayload("bail-signe.pdf",
                "application/pdf", "%PDF-1.4\nBail signé\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(requester.locator("#reply-attachments vaadin-upload-file[complete]")).hasCount(1);
        requester.locator("#reply-text textarea").fill("Voici le bail signé.");
        requester.locator("#reply-send").click();
        Locator mine = requester.locator("#portal-notes .lexdesk-note.lexdesk-from-requester");
        assertThat(mine).containsText("Voici le bail signé.");
        assertThat(mine).containsText("Vous");
        assertThat(requester.locator("#request-files")).containsText("bail-signe.pdf");
        screenshot(requester, "portal-request-fr.png");

        lawyer.reload();
        lawyer.locator("#tab-record-section-notes").click();
        Locator reply = lawyer.locator("#notes .lexdesk-note").filter(new Locator.FilterOptions()
                .setHasText("Voici le bail signé."));
        assertThat(reply).containsText("From requester (portal reply)");
        assertThat(reply).containsText("Rachel Moreau");
        lawyer.locator("#tab-record-section-files").click();
        Locator file = lawyer.locator("#files-tree vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("bail-signe.pdf"));
        assertThat(file).containsText("From requester");
        // The timeline is written once the reply is stored (an event after the commit): read again, it is there.
        requester.reload();
        assertThat(requester.locator("#portal-timeline")).containsText("Réponse envoyée");

        Page colleague = browser.newPage("en-GB");
        colleague.navigate(services.appUrl() + "/t/acme/portal/requests/" + request);
        HeadlessBrowser.logIn(colleague, "colleague@client.test");
        colleague.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(colleague.locator("#portal-request")).hasCount(0);
        assertThat(colleague.locator("body")).not().containsText(subject);

        Page admin = browser.newPage("en-GB");
        admin.navigate(services.appUrl() + "/t/acme/app/settings");
        HeadlessBrowser.logIn(admin, "admin@acme.test");
        admin.locator("#settings-company-requests").click();
        assertThat(admin.locator("#settings-company-requests")).hasAttribute("checked", "");
        Assertions.assertThat(companyVisible()).as("saved as soon as switched").isTrue();

        colleague.reload();
        assertThat(colleague.locator("#portal-colleague-banner")).containsText("This is Rachel Moreau’s request");
        assertThat(colleague.locator("#portal-notes")).containsText("Voici le bail signé.");
        assertThat(colleague.locator("#reply-text")).hasCount(0);
        assertThat(colleague.locator("#portal-send-files")).hasCount(0);
        colleague.navigate(services.appUrl() + "/t/acme/portal");
        colleague.locator("#my-requests-search input").fill(subject);
        assertThat(colleague.locator("#my-requests")).hasJSProperty("size", 1);
        assertThat(colleague.locator("#my-requests")).containsText("Rachel Moreau’s");

        Page rival = browser.newPage("en-GB");
        rival.navigate(services.appUrl() + "/t/acme/portal/requests/" + request);
        HeadlessBrowser.logIn(rival, "other@rival.test");
        rival.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(rival.locator("#portal-request")).hasCount(0);
        assertThat(rival.locator("body")).not().containsText(subject);

        admin.reload();
        admin.locator("#settings-company-requests").click();
        assertThat(admin.locator("#settings-company-requests")).not().hasAttribute("checked", "");
        Assertions.assertThat(companyVisible()).isFalse();
    }

    @Test
    void my_requests_export_what_the_search_finds_and_show_cards_with_the_subject_in_view_on_a_phone()
            throws IOException {
        String subject = "Question about the renewal of our office lease in Lyon and its notice period "
                + System.nanoTime();
        String request = portalMatter(subject)[0];
        Page phone = browser.newPage("en-GB");
        phone.setViewportSize(390, 844);
        phone.navigate(services.appUrl() + "/t/acme/portal");
        HeadlessBrowser.logIn(phone, "requester@client.test");
        phone.locator("#my-requests-search input").fill(subject);
        Locator card = phone.locator("#my-requests-cards .lexdesk-request-card").filter(new Locator.FilterOptions()
                .setHasText(subject));
        assertThat(card).hasCount(1);
        assertThat(phone.locator("#my-requests")).hasCount(0);
        Locator shown = card.locator(".lexdesk-request-card-subject");
        assertThat(shown).hasText(subject);
        assertThat(card).containsText(request);
        assertThat(card).containsText("Received");
        BoundingBox box = shown.boundingBox();
        Assertions.assertThat(box.x).as("the subject starts on screen").isGreaterThanOrEqualTo(0);
        Assertions.assertThat(box.x + box.width).as("and ends on screen").isLessThanOrEqualTo(390);
        Assertions.assertThat(((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("nothing pushes the page wider than the phone").isLessThanOrEqualTo(390);

        screenshot(phone, "my-requests-390.png");

        // The same page on a wide screen is the table again, and its export holds exactly what the search finds.
        phone.setViewportSize(1280, 800);
        assertThat(phone.locator("#my-requests")).hasJSProperty("size", 1);
        Download csv = phone.waitForDownload(() -> {
            phone.locator("#my-requests-export vaadin-menu-bar-button").first().click();
            phone.locator("#my-requests-export-csv").click();
        });
        Assertions.assertThat(csv.suggestedFilename()).matches("my-requests-\\d{4}-\\d{2}-\\d{2}\\.csv");
        String text = new String(Files.readAllBytes(csv.path()), StandardCharsets.UTF_8);
        Assertions.assertThat(text.lines().toList()).hasSize(2);
        Assertions.assertThat(text).startsWith("\uFEFFReference,Subject,").contains(request, subject, "Received");
    }

    private static void screenshot(Page page, String name) throws IOException {
        Files.createDirectories(ListsJourneyIT.SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(ListsJourneyIT.SCREENSHOTS.resolve(name))
                .setFullPage(true));
    }

    /** The request's reference and the matter it opened, submitted as the requester through the API. */
    private String[] portalMatter(String subject) {
        String requester = api.token("requester@client.test", "openid organization");
        HttpResponse<String> submitted = api.post("/api/v1/requests", requester, ApiClient.toJson(Map.of(
                "type", "other-legal-question", "subject", subject)), null);
        Assertions.assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String request = ApiClient.json(submitted.body()).get("reference").asText();
        String staff = api.token("lawyer@acme.test", "openid organization");
        String matter = ApiClient.json(api.get("/api/v1/requests/" + request, staff).body()).get("record").asText();
        return new String[] {request, matter};
    }

    private void companyVisibility(boolean on) {
        HttpResponse<String> response = api.put("/api/v1/portal/settings", adminToken(),
                "{\"companyRequestsVisible\":" + on + "}");
        Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private boolean companyVisible() {
        HttpResponse<String> response = api.get("/api/v1/portal/settings", adminToken());
        return ApiClient.json(response.body()).get("companyRequestsVisible").asBoolean();
    }

    private String adminToken() {
        return api.token("admin@acme.test", "openid organization");
    }
}
