package app.lexdesk.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.OpenContract;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.OpenMatter;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.HeadlessBrowser;
import app.lexdesk.ui.UiIntegrationTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lists as a new user sees them at 1280 px: one green stripe per portal row, titles that get the room; the
 * filtered list exported as it shows; the back office's home with my work, the triage queue and counts that open the
 * list they count.
 */
@UiIntegrationTest
class ListsJourneyIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String GREEN = "rgb(30, 142, 62)";

    @RegisterExtension
    static final HeadlessBrowser browser = new HeadlessBrowser();
    final String app = DevServices.forTests().appUrl();

    @Autowired MatterService matters;
    @Autowired ContractService contracts;
    @Autowired IntakeService intake;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    final String tag = "lists" + UUID.randomUUID().toString().substring(0, 8);
    final String longTitle = "Dispute over the commercial lease of the Lyon warehouse and its renewal terms " + tag;

    @BeforeEach
    void records() {
        inAcme(() -> {
            open(longTitle, "LITIGATION", Origin.PORTAL);
            open("Formal notice from a supplier " + tag, "LITIGATION", Origin.PORTAL);
            open("Internal review " + tag, "LITIGATION", Origin.INTERNAL);
            open("Shareholder agreement " + tag, "CORPORATE", Origin.PORTAL);
            contracts.open(new OpenContract("Supply agreement with the Lyon warehouse operator " + tag, "", "SUPPLY",
                    "Initech SA", Origin.PORTAL, null, null, null, "test"));
            contracts.open(new OpenContract("Services " + tag, "", "SERVICES", "Umbrella SARL", Origin.INTERNAL, null,
                    null, null, "test"));
            return null;
        });
        inGlobex(() -> open("Globex dispute " + tag, "LITIGATION", Origin.PORTAL));
    }

    @Test
    void a_portal_row_has_one_stripe_at_its_start_and_the_title_column_is_the_widest() throws IOException {
        Page lawyer = browser.newPage("en-GB");
        lawyer.navigate(app + "/t/acme/app/matters/litigation?q=" + tag);
        HeadlessBrowser.logIn(lawyer, "lawyer@acme.test");
        Locator grid = lawyer.locator("#matters");
        assertThat(grid).hasJSProperty("size", 3);
        assertThat(grid).containsText("Internal review " + tag);
        screenshot(lawyer, "matters-1280.png");
        assertOneStripePerPortalRow(grid, 2);
        assertTitleIsTheWidest(grid, "Title");

        lawyer.navigate(app + "/t/acme/app/contracts?q=" + tag);
        Locator contractGrid = lawyer.locator("#contracts");
        assertThat(contractGrid).hasJSProperty("size", 2);
        assertThat(contractGrid).containsText("Services " + tag);
        assertThat(lawyer.locator("#contract-type")).containsText("Any type");
        screenshot(lawyer, "contracts-1280.png");
        assertOneStripePerPortalRow(contractGrid, 1);
        assertTitleIsTheWidest(contractGrid, "Title");
    }

    @Test
    void the_portals_my_requests_give_the_subject_the_room() throws IOException {
        String subject = "Question about the renewal of our office lease in Lyon and its notice period " + tag;
        UUID requesterId = inAcme(() -> jdbc.queryForObject(
                "select id from person where email = 'requester@client.test'", UUID.class));
        var acme = directory.findBySlug("acme").orElseThrow();
        TenantMember member = new TenantMember(new CurrentTenant(acme.id(), acme.slug()), "ACME Legal", requesterId,
                "requester@client.test", "Rachel Moreau", Set.of(Role.PORTAL_USER));
        try (var ignored = TenantContext.open(member)) {
            intake.submit(new SubmitRequest("other-legal-question", subject, "Details.", Map.of(), "en", tag,
                    List.of()));
        }
        Page requester = browser.newPage("en-GB");
        requester.navigate(app + "/t/acme/portal");
        HeadlessBrowser.logIn(requester, "requester@client.test");
        Locator grid = requester.locator("#my-requests");
        assertThat(grid).containsText(subject);
        assertTitleIsTheWidest(grid, "Subject");
        screenshot(requester, "my-requests-1280.png");
    }

    @Test
    void a_filtered_board_exports_exactly_its_rows_to_xlsx_and_csv_with_the_lists_headers() throws IOException {
        Page lawyer = browser.newPage("en-GB");
        lawyer.navigate(app + "/t/acme/app/matters/litigation?origin=portal&q=" + tag);
        HeadlessBrowser.logIn(lawyer, "lawyer@acme.test");
        assertThat(lawyer.locator("#matters")).hasJSProperty("size", 2);

        Download xlsx = export(lawyer, "matter", "xlsx");
        org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename())
                .matches("matters-litigation-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        List<List<String>> rows = readXlsx(xlsx);
        org.assertj.core.api.Assertions.assertThat(rows.get(0)).containsExactly("Origin", "Reference", "Title",
                "Requester", "Company", "Status", "Assignee", "Answer", "Created");
        org.assertj.core.api.Assertions.assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(2))
                .containsExactlyInAnyOrder(longTitle, "Formal notice from a supplier " + tag);
        org.assertj.core.api.Assertions.assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0))
                .containsOnly("From portal");

        // The same list in French, as CSV: the headers are the list's, in the reader's language.
        Page avocat = browser.newPage("fr-FR");
        avocat.navigate(app + "/t/acme/app/matters/all?q=" + tag);
        HeadlessBrowser.logIn(avocat, "lawyer@acme.test");
        assertThat(avocat.locator("#matters")).hasJSProperty("size", 4);
        String csv = new String(Files.readAllBytes(export(avocat, "matter", "csv").path()), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("\uFEFFOrigine,Référence,Titre,Demandeur,");
        List<String> lines = csv.lines().toList();
        org.assertj.core.api.Assertions.assertThat(lines).hasSize(5);
        org.assertj.core.api.Assertions.assertThat(String.join("\n", lines)).contains(longTitle, "Internal review "
                + tag, "Shareholder agreement " + tag).doesNotContain("Globex");

        lawyer.navigate(app + "/t/acme/app/contracts?q=" + tag + "&origin=portal");
        assertThat(lawyer.locator("#contracts")).hasJSProperty("size", 1);
        List<List<String>> contractRows = readXlsx(export(lawyer, "contract", "xlsx"));
        org.assertj.core.api.Assertions.assertThat(contractRows).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(contractRows.get(1))
                .contains("Supply agreement with the Lyon warehouse operator " + tag, "Initech SA");

        // Another tenant's lawyer exporting the same search gets their own record only.
        Page globex = browser.newPage("en-GB");
        globex.navigate(app + "/t/globex/app/matters/all?q=" + tag);
        HeadlessBrowser.logIn(globex, "lawyer@globex.test");
        assertThat(globex.locator("#matters")).hasJSProperty("size", 1);
        List<List<String>> globexRows = readXlsx(export(globex, "matter", "xlsx"));
        org.assertj.core.api.Assertions.assertThat(globexRows.subList(1, globexRows.size())).extracting(r -> r.get(2))
                .containsExactly("Globex dispute " + tag);
    }

    @Test
    void the_home_shows_my_work_and_the_triage_queue_and_a_count_opens_the_list_it_counts() throws IOException {
        UUID lawyerId = inAcme(() -> jdbc.queryForObject("select id from person where email = 'lawyer@acme.test'",
                UUID.class));
        inAcme(() -> jdbc.update("update matter set assignee_id = ?, due_date = ? where title = ?", lawyerId,
                LocalDate.now().minusDays(1), "Internal review " + tag));
        Page lawyer = browser.newPage("en-GB");
        lawyer.navigate(app + "/t/acme/app");
        HeadlessBrowser.logIn(lawyer, "lawyer@acme.test");
        assertThat(lawyer.locator("#my-work")).containsText("Internal review " + tag);
        assertThat(lawyer.locator("#triage")).containsText(longTitle);
        assertThat(lawyer.locator("#triage")).not().containsText("Internal review " + tag);
        screenshot(lawyer, "home-1280.png");

        Locator newLitigation = lawyer.locator("#matter-counts-litigation a[href*='status=NEW']");
        int shown = Integer.parseInt(newLitigation.textContent().strip());
        newLitigation.click();
        assertThat(lawyer).hasURL(Pattern.compile(".*/matters/litigation\\?status=NEW$"));
        assertThat(lawyer.locator("#matters")).hasJSProperty("size", shown);

        lawyer.navigate(app + "/t/acme/app");
        lawyer.locator("#my-work a").filter(new Locator.FilterOptions().setHasText("Internal review " + tag)).click();
        assertThat(lawyer).hasURL(Pattern.compile(".*/app/matter/MAT-.*"));
    }

    /** Portal rows: the green stripe on the first cell and on no other; other rows: no stripe at all. */
    @SuppressWarnings("unchecked")
    private static void assertOneStripePerPortalRow(Locator grid, int portalRows) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) grid.evaluate("""
                grid => Array.from(grid.shadowRoot.querySelectorAll('tbody#items tr'))
                    .filter(tr => !tr.hidden && tr.querySelector('td'))
                    .map(tr => {
                        const cells = Array.from(tr.querySelectorAll('td'))
                            .sort((a, b) => a.hasAttribute('first-column') ? -1 : b.hasAttribute('first-column') ? 1 : 0);
                        return {portal: (cells[0].getAttribute('part') || '').split(' ').includes('from-portal'),
                                shadows: cells.map(c => getComputedStyle(c).boxShadow)};
                    })""");
        List<Map<String, Object>> portal = rows.stream().filter(r -> Boolean.TRUE.equals(r.get("portal"))).toList();
        org.assertj.core.api.Assertions.assertThat(portal).hasSize(portalRows);
        for (Map<String, Object> row : rows) {
            List<String> shadows = (List<String>) row.get("shadows");
            org.assertj.core.api.Assertions.assertThat(shadows).hasSizeGreaterThan(2);
            if (Boolean.TRUE.equals(row.get("portal"))) {
                org.assertj.core.api.Assertions.assertThat(shadows.get(0)).as("the row's first cell").contains(GREEN);
            } else {
                org.assertj.core.api.Assertions.assertThat(shadows.get(0)).doesNotContain(GREEN);
            }
            org.assertj.core.api.Assertions.assertThat(shadows.subList(1, shadows.size()))
                    .as("cells after the first never draw the stripe").noneMatch(s -> s.contains(GREEN));
        }
    }

    /** Once the grid has sized its columns, the column headed {@code title} is at least as wide as any other. */
    @SuppressWarnings("unchecked")
    private static void assertTitleIsTheWidest(Locator grid, String title) {
        grid.page().waitForFunction("g => Array.from(g.querySelectorAll('vaadin-grid-column'))"
                + ".every(c => !c.autoWidth || (c.width || '').endsWith('px'))", grid.elementHandle());
        List<Map<String, Object>> headers = (List<Map<String, Object>>) grid.evaluate("""
                grid => {
                    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
                    const body = Array.from(grid.shadowRoot.querySelectorAll('tbody#items tr'))
                        .find(tr => !tr.hidden && tr.querySelector('td'));
                    const bodyCells = body ? Array.from(body.querySelectorAll('td')) : [];
                    return Array.from(grid.shadowRoot.querySelectorAll('thead tr:first-child th')).map((th, i) => ({
                        text: (th.querySelector('slot').assignedElements()[0] || th).textContent.trim(),
                        width: th.getBoundingClientRect().width,
                        bodyWidth: bodyCells[i] ? bodyCells[i].getBoundingClientRect().width : -1,
                        rem: rem}));
                }""");
        Map<String, Object> titleHeader = headers.stream().filter(h -> title.equals(h.get("text"))).findFirst()
                .orElseThrow(() -> new AssertionError("No column " + title + " in " + headers));
        double titleWidth = width(titleHeader);
        org.assertj.core.api.Assertions.assertThat(titleWidth).as("the title column is no narrower than 16rem")
                .isGreaterThanOrEqualTo(16 * ((Number) titleHeader.get("rem")).doubleValue() - 0.5);
        for (Map<String, Object> header : headers) {
            org.assertj.core.api.Assertions.assertThat(titleWidth).as(title + " against " + header.get("text"))
                    .isGreaterThanOrEqualTo(width(header));
            org.assertj.core.api.Assertions.assertThat(((Number) header.get("bodyWidth")).doubleValue())
                    .as("the body cells of " + header.get("text") + " line up with its header")
                    .isCloseTo(width(header), org.assertj.core.data.Offset.offset(1.0));
        }
    }

    private static double width(Map<String, Object> header) {
        return ((Number) header.get("width")).doubleValue();
    }

    private static Download export(Page page, String list, String format) {
        return page.waitForDownload(() -> {
            page.locator("#" + list + "-export vaadin-menu-bar-button").first().click();
            page.locator("#" + list + "-export-" + format).click();
        });
    }

    private static List<List<String>> readXlsx(Download download) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    var cell = row.getCell(i);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? cell.getLocalDateTimeCellValue().toLocalDate().toString() : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static void screenshot(Page page, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    private String open(String title, String board, Origin origin) {
        matters.open(new OpenMatter(title, "", board, origin, null, null, null, "test"));
        return title;
    }

    private <T> T inAcme(Supplier<T> work) {
        return in("acme", work);
    }

    private <T> T inGlobex(Supplier<T> work) {
        return in("globex", work);
    }

    private <T> T in(String slug, Supplier<T> work) {
        var t = directory.findBySlug(slug).orElseThrow();
        return TenantContext.callAsPlatformWork(new CurrentTenant(t.id(), t.slug()),
                () -> transactions.execute(s -> work.get()));
    }
}
