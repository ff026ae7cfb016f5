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
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator configures who is notified (story step 2): from Settings to Notifications, "who would be
 * notified?" of a portal submission names the legal team. Requesters never reach that page.
 */
@UiIntegrationTest
class NotificationSettingsJourneyIT {

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
    void the_administrator_previews_who_a_submission_would_notify_and_sees_the_lawyer() {
        String reference = portalMatter();
        Page admin = browser.newPage("en-GB");
        admin.navigate(app + "/t/acme/app/settings");
        HeadlessBrowser.logIn(admin, "admin@acme.test");
        admin.locator("#settings-notifications").click();
        assertThat(admin.locator("#notification-rules")).containsText("Request submitted");
        assertThat(admin.locator("#rules-preview-event")).containsText("Request submitted");
        admin.locator("#rules-preview-record input").fill(reference);
        admin.locator("#rules-preview-run").click();

        assertThat(admin.locator("#rules-preview-result")).containsText("lawyer@acme.test");
        assertThat(admin.locator("#rules-preview-result")).containsText("New requests to the legal team");

        admin.locator("#user-menu vaadin-menu-bar-button").first().click();
        admin.locator("#menu-notifications").click();
        assertThat(admin.locator("#preferences-mode")).containsText("Daily digest");
        // The address follows the navigation once the page is drawn: wait for it rather than read it at once.
        assertThat(admin).hasURL(Pattern.compile(".*/t/acme/app/notifications$"));
    }

    @Test
    void a_requester_is_kept_out_of_the_notification_settings() {
        Page requester = browser.newPage("en-GB");
        requester.navigate(app + "/t/acme/app/settings/notifications");
        HeadlessBrowser.logIn(requester, "colleague@client.test");
        assertThat(requester.locator("#not-allowed-reason")).hasText(
                "The back office is for the legal team. You can follow your requests in the client portal.");
        assertThat(requester.locator("#notification-rules")).hasCount(0);
    }

    /** A matter the requester submitted from the portal. */
    private String portalMatter() {
        String subject = "Renouvellement du bail " + UUID.randomUUID();
        UUID requester = inAcme(() -> jdbc.queryForObject("select id from person where email = ?", UUID.class,
                "requester@client.test"));
        try (var ignored = TenantContext.open(new TenantMember(acme, "ACME Legal", requester, "requester@client.test",
                "Rachel Moreau", Set.of(Role.PORTAL_USER)))) {
            intake.submit(new SubmitRequest("other-legal-question", subject, "Le bail arrive à échéance.", Map.of(),
                    "fr", null, List.of()));
        }
        return inAcme(() -> jdbc.queryForObject("select reference from matter where title = ?", String.class,
                subject));
    }

    private <T> T inAcme(Supplier<T> work) {
        return TenantContext.call(acme, () -> transactions.execute(s -> work.get()));
    }
}
