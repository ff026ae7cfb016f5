package app.lexdesk.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.HeadlessBrowser;
import app.lexdesk.ui.UiIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff start work on what the portal sent (story steps 5 and 10): the lawyer takes a portal matter from the
 * Litigation board and moves it along its workflow; the contracts manager records an NDA's terms and starts drafting.
 */
@UiIntegrationTest
class RecordWorkJourneyIT {

    @RegisterExtension
    static final HeadlessBrowser browser = new HeadlessBrowser();
    final String app = DevServices.forTests().appUrl();
    @Autowired IntakeService intake;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    CurrentTenant acme;

    @BeforeEach
    void tenant() {
        var t = directory.findBySlug("acme").orElseThrow();
        acme = new CurrentTenant(t.id(), t.slug());
    }

    @Test
    void the_lawyer_assigns_herself_a_portal_matter_from_the_litigation_board_and_moves_it_to_in_progress() {
        String subject = "Assignation du bailleur " + System.nanoTime();
        submit("litigation", subject, Map.of("counterparty", "Bailleur SA"));

        Page lawyer = browser.newPage("en-GB");
        lawyer.navigate(app + "/t/acme/app/matters/litigation");
        HeadlessBrowser.logIn(lawyer, "lawyer@acme.test");
        lawyer.locator("#matter-search input").fill(subject);
        assertThat(lawyer.locator("#matters")).hasJSProperty("size", 1);
        lawyer.locator("#matters vaadin-grid-cell-content a").filter(new Locator.FilterOptions().setHasText(subject))
                .click();
        assertThat(lawyer.locator("#from-portal")).hasText("From portal");
        assertThat(lawyer.locator("#record-status")).hasText("New");

        lawyer.locator("#assign-to-me").click();
        assertThat(lawyer.locator("#record-assignee input")).hasValue("Louis Durand");
        lawyer.locator("#transition-IN_REVIEW").click();
        assertThat(lawyer.locator("#record-status")).hasText("In review");
        lawyer.locator("#transition-IN_PROGRESS").click();
        assertThat(lawyer.locator("#record-status")).hasText("In progress");
        assertThat(lawyer.locator("#transition-ON_HOLD")).isVisible();

        Map<String, Object> matter = inAcme(() -> jdbc.queryForMap("select m.status, p.email from matter m "
                + "join person p on p.id = m.assignee_id and p.tenant_id = m.tenant_id where m.title = ?", subject));
        Assertions.assertThat(matter).containsEntry("status", "IN_PROGRESS").containsEntry("email", "lawyer@acme.test");
    }

    @Test
    void the_contracts_manager_sets_an_ndas_value_and_dates_and_moves_it_to_drafting() {
        String subject = "NDA with Initech " + System.nanoTime();
        submit("nda", subject, Map.of("counterparty", "Initech SA", "mutual", "true"));

        Page manager = browser.newPage("en-GB");
        manager.navigate(app + "/t/acme/app/contracts");
        HeadlessBrowser.logIn(manager, "contracts@acme.test");
        manager.locator("#contract-search input").fill(subject);
        assertThat(manager.locator("#contracts")).hasJSProperty("size", 1);
        manager.locator("#contracts vaadin-grid-cell-content a").filter(new Locator.FilterOptions()
                .setHasText(subject)).first().click();
        assertThat(manager.locator("#record-status")).hasText("Requested");
        assertThat(manager.locator("#contract-type-name")).hasText("Non-disclosure agreement");

        manager.locator("#record-tabs vaadin-tab").filter(new Locator.FilterOptions().setHasText("Terms")).click();
        assertThat(manager.locator("#party-name-0 input")).hasValue("Initech SA");
        manager.locator("#terms-value input").fill("25000.00");
        manager.locator("#terms-currency input").fill("EUR");
        manager.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("EUR")).first().click();
        // Day and month alike, so the dates read the same whichever English format the picker uses.
        date(manager, "#terms-start", "01/01/2027");
        date(manager, "#terms-end", "12/12/2027");
        manager.locator("#terms-save").click();
        assertThat(manager.locator("#record-last-change")).containsText("Camille Bernard");
        manager.locator("#transition-DRAFTING").click();
        assertThat(manager.locator("#record-status")).hasText("Drafting");

        Map<String, Object> contract = inAcme(() -> jdbc.queryForMap("select status, value_amount::text as value, "
                + "currency, start_date::text as start, end_date::text as end from contract where title = ?",
                subject));
        Assertions.assertThat(contract).containsEntry("status", "DRAFTING").containsEntry("value", "25000.00")
                .containsEntry("currency", "EUR").containsEntry("start", "2027-01-01")
                .containsEntry("end", "2027-12-12");
    }

    /** Types a date as a user of this locale writes it and leaves the field, so the picker commits it. */
    private static void date(Page page, String picker, String value) {
        Locator input = page.locator(picker + " input");
        input.fill(value);
        input.press("Enter");
        assertThat(page.locator(picker)).not().hasAttribute("opened", "");
        // The picker rewrites what was typed in its own format once it has taken it.
        assertThat(input).hasValue(Pattern.compile(".+2027"));
    }

    private void submit(String type, String subject, Map<String, String> fields) {
        UUID requester = inAcme(() -> jdbc.queryForObject("select id from person where email = ?", UUID.class,
                "requester@client.test"));
        TenantMember member = new TenantMember(acme, "ACME Legal", requester, "requester@client.test",
                "Rachel Moreau", Set.of(Role.PORTAL_USER));
        try (var ignored = TenantContext.open(member)) {
            intake.submit(new SubmitRequest(type, subject, "Sent from the portal.", fields, "en", null, List.of()));
        }
    }

    private <T> T inAcme(Supplier<T> work) {
        return TenantContext.call(acme, () -> transactions.execute(s -> work.get()));
    }
}
