package app.lexdesk.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.HeadlessBrowser;
import app.lexdesk.ui.UiIntegrationTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The founding story, step 9: on a portal matter the lawyer files two documents in a new folder (an empty third is
 * refused, and said so), shares the folder (confirming) and hides one of the two again. The requester then sees exactly the other one, striped green and
 * labelled, and opens it; the hidden one's name is nowhere on her page, and the link she was shown while it was
 * still shared now answers 404.
 */
@UiIntegrationTest
class RecordFilesJourneyIT {

    static final String SHARED = "contrat-de-bail.pdf";
    static final String HIDDEN = "note-interne-strategie.pdf";

    @RegisterExtension
    static final HeadlessBrowser browser = new HeadlessBrowser();
    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);

    @Test
    void a_shared_folder_shows_the_requester_its_files_except_the_one_set_hidden_whose_old_link_answers_404() {
        byte[] lease = "%PDF-1.4\nContrat de bail commercial\n".getBytes(StandardCharsets.UTF_8);
        byte[] strategy = "%PDF-1.4\nNote interne : strategie\n".getBytes(StandardCharsets.UTF_8);
        String[] opened = portalMatter("Bail commercial : pièces " + System.nanoTime());
        String request = opened[0];
        String matter = opened[1];

        Page lawyer = browser.newPage("en-GB");
        lawyer.navigate(services.appUrl() + "/t/acme/app/matter/" + matter);
        HeadlessBrowser.logIn(lawyer, "lawyer@acme.test");
        lawyer.locator("#tab-record-section-files").click();
        Locator tree = lawyer.locator("#files-tree");

        lawyer.locator("#files-new-folder").click();
        lawyer.locator("#folder-name input").fill("Pièces");
        lawyer.locator("#files-name-save").click();
        assertThat(folderCell(lawyer, "Pièces")).isVisible();
        assertThat(tree).containsText("Hidden (not shared)");

        folderCell(lawyer, "Pièces").click();
        assertThat(lawyer.locator("#files-target")).hasText("Uploads go to: Pièces");
        lawyer.locator("#files-upload input[type=file]").setInputFiles(new FilePayload[] {
            new FilePayload(SHARED, "application/pdf", lease), new FilePayload(HIDDEN, "application/pdf", strategy)});
        assertThat(lawyer.locator("#files-upload vaadin-upload-file[complete]")).hasCount(2);
        assertThat(tree).containsText(SHARED);
        assertThat(tree).containsText(HIDDEN);
        // A file the core refuses is marked failed in the box, and the reason is said.
        lawyer.locator("#files-upload input[type=file]").setInputFiles(new FilePayload("vide.pdf", "application/pdf",
                new byte[0]));
        assertThat(lawyer.locator("#files-upload vaadin-upload-file[error]")).hasCount(1);
        assertThat(lawyer.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("vide.pdf is empty"))).hasCount(1);
        assertThat(tree).not().containsText("vide.pdf");

        // Sharing the folder shares what is in it; the lawyer confirms first.
        folderCell(lawyer, "Pièces").click();
        setVisibility(lawyer, "Visible to requester");
        lawyer.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Share with requester"))
                .click();
        assertThat(tree.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Visible — from folder Pièces"))).hasCount(2);
        assertThat(tree.locator("[part~='visible-to-portal']").first()).isVisible();

        // The selection downloads as one archive, the folder's files under its name.
        folderCell(lawyer, "Pièces").click();
        Download zip = lawyer.waitForDownload(() -> lawyer.locator("#files-zip").click());
        Assertions.assertThat(zipEntries(zip)).containsExactlyInAnyOrder("Pièces/" + SHARED, "Pièces/" + HIDDEN);

        Page requester = browser.newPage("fr-FR");
        requester.navigate(services.appUrl() + "/t/acme/portal/requests/" + request);
        HeadlessBrowser.logIn(requester, "requester@client.test");
        Locator files = requester.locator("#request-files");
        assertThat(files).hasJSProperty("size", 2);
        String hiddenLink = (String) requester.evaluate("h => new URL(h, document.baseURI).href",
                files.locator("a").filter(new Locator.FilterOptions().setHasText(HIDDEN)).getAttribute("href"));
        Assertions.assertThat(requester.request().get(hiddenLink).status()).as("shared for now").isEqualTo(200);

        // One file set hidden stays hidden in its shared folder.
        fileIcon(lawyer, HIDDEN).click();
        setVisibility(lawyer, "Hidden from requester");
        assertThat(tree.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Hidden — set on this file"))).hasCount(1);

        APIResponse stale = requester.request().get(hiddenLink);
        Assertions.assertThat(stale.status()).isEqualTo(404);
        Assertions.assertThat(stale.body()).isNotEqualTo(strategy);
        requester.reload();
        assertThat(files).hasJSProperty("size", 1);
        assertThat(files).containsText(SHARED);
        assertThat(files).containsText("Partagé avec vous");
        assertThat(files).containsText("Pièces");
        assertThat(files.locator("[part~='visible-to-portal']").first()).isVisible();
        assertThat(requester.locator("body")).not().containsText(HIDDEN);
        Assertions.assertThat(requester.content()).doesNotContain(HIDDEN);
        Download download = requester.waitForDownload(() -> files.locator("a")
                .filter(new Locator.FilterOptions().setHasText(SHARED)).click());
        Assertions.assertThat(download.suggestedFilename()).isEqualTo(SHARED);
        Assertions.assertThat(readAll(download)).isEqualTo(lease);
    }

    /**
     * The name cell of a folder: clicking it selects the folder's row alone. (The pattern is a JavaScript one: the
     * name must hold no pattern characters.)
     */
    private static Locator folderCell(Page page, String name) {
        return page.locator("#files-tree vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*" + name + "\\s*$")));
    }

    /** The icon beside a file's name (the name itself is its download link): clicking it selects the file's row. */
    private static Locator fileIcon(Page page, String name) {
        return page.locator("#files-tree vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHas(page.locator("a").filter(new Locator.FilterOptions().setHasText(name)))).locator("vaadin-icon");
    }

    private static void setVisibility(Page page, String choice) {
        page.locator("#files-visibility").click();
        page.locator("#item-visibility").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(choice)).click();
        page.locator("#visibility-save").click();
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

    private static List<String> zipEntries(Download download) {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static byte[] readAll(Download download) {
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
