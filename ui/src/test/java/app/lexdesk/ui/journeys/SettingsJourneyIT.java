package app.lexdesk.ui.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.lexdesk.core.intake.FieldDefinition;
import app.lexdesk.core.intake.FieldDefinition.Option;
import app.lexdesk.core.intake.FieldType;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.plugins.PluginSettingsService;
import app.lexdesk.core.plugins.TenantPluginSetting;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.HeadlessBrowser;
import app.lexdesk.ui.UiIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Administrators decide which request types requesters are offered and build their typed fields; other
 * staff cannot.
 */
@UiIntegrationTest
class SettingsJourneyIT {

    @RegisterExtension
    static final HeadlessBrowser browser = new HeadlessBrowser();
    final String app = DevServices.forTests().appUrl();
    @Autowired RequestTypeService types;
    @Autowired PluginSettingsService plugins;
    @Autowired TenantDirectory directory;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

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
    void an_administrator_builds_a_request_type_with_a_date_and_a_choice_and_requesters_get_those_fields() {
        String code = "hearing-" + System.nanoTime() % 1_000_000;
        String name = "Court hearing " + code;
        Page admin = browser.newPage("en-GB");
        admin.navigate(app + "/t/acme/app/settings");
        HeadlessBrowser.logIn(admin, "admin@acme.test");
        admin.locator("#new-request-type").click();
        admin.locator("#type-code input").fill(code);
        admin.locator("#type-name-en input").fill(name);
        admin.locator("#type-name-fr input").fill("Audience " + code);
        choose(admin, "#type-target", "Litigation");
        admin.locator("#type-add-field").click();
        admin.locator("#type-field-0-label-en input").fill("Hearing date");
        admin.locator("#type-field-0-label-fr input").fill("Date d’audience");
        choose(admin, "#type-field-0-type", "Date");
        admin.locator("#type-field-0-required input").check();
        admin.locator("#type-add-field").click();
        admin.locator("#type-field-1-label-en input").fill("Court");
        admin.locator("#type-field-1-label-fr input").fill("Tribunal");
        choose(admin, "#type-field-1-type", "Choice from a list");
        admin.locator("#type-field-1-add-option").click();
        admin.locator("#type-field-1-option-0-label-en input").fill("Commercial court");
        admin.locator("#type-field-1-option-0-label-fr input").fill("Tribunal de commerce");
        admin.locator("#type-field-1-add-option").click();
        admin.locator("#type-field-1-option-1-label-en input").fill("Labour court");
        admin.locator("#type-field-1-option-1-label-fr input").fill("Conseil de prud’hommes");
        assertThat(admin.locator("#type-field-1-option-1-code input")).hasValue("labour-court");
        admin.locator("#type-save").click();
        assertThat(admin.locator("#type-save")).hasCount(0);
        assertThat(admin.locator("#request-types")).containsText(name);

        RequestTypeDetails stored = inAcme(() -> types.find(code)).orElseThrow();
        Assertions.assertThat(stored.defaultTarget()).isEqualTo("LITIGATION");
        Assertions.assertThat(stored.fields()).containsExactly(
                new FieldDefinition("hearing-date", FieldType.DATE, true, "Hearing date", "Date d’audience", "", "",
                        List.of()),
                new FieldDefinition("court", FieldType.CHOICE, false, "Court", "Tribunal", "", "", List.of(
                        new Option("commercial-court", "Commercial court", "Tribunal de commerce"),
                        new Option("labour-court", "Labour court", "Conseil de prud’hommes"))));

        Page requester = browser.newPage("en-GB");
        requester.navigate(app + "/t/acme/portal/new");
        HeadlessBrowser.logIn(requester, "requester@client.test");
        requester.locator("#request-type vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText(name)).click();
        assertThat(requester.locator("#field-hearing-date")).containsText("Hearing date");
        assertThat(requester.locator("#field-court")).containsText("Court");
        requester.locator("#field-court").click();
        Locator courts = requester.locator("vaadin-select-item:visible");
        assertThat(courts.filter(new Locator.FilterOptions().setHasText("Commercial court"))).hasCount(1);
        courts.filter(new Locator.FilterOptions().setHasText("Labour court")).click();
        requester.locator("#field-subject input").fill("Hearing about the supplier claim");
        requester.locator("#submit-request").click();
        // The date is required: the core refuses the request and says so on that field.
        assertThat(requester.locator("#field-hearing-date")).hasAttribute("invalid", "");
        assertThat(requester.locator("#field-hearing-date")).containsText("Required");
        assertThat(requester.locator("#field-court")).not().hasAttribute("invalid", "");
        assertThat(requester.locator("#request-reference")).hasCount(0);
    }

    @Test
    void a_field_without_its_french_label_is_flagged_on_that_label_and_nothing_is_stored() {
        String code = "unlabelled-" + System.nanoTime() % 1_000_000;
        Page admin = browser.newPage("en-GB");
        admin.navigate(app + "/t/acme/app/settings");
        HeadlessBrowser.logIn(admin, "admin@acme.test");
        admin.locator("#new-request-type").click();
        admin.locator("#type-code input").fill(code);
        admin.locator("#type-name-en input").fill("Unlabelled " + code);
        admin.locator("#type-name-fr input").fill("Sans libellé " + code);
        admin.locator("#type-add-field").click();
        admin.locator("#type-field-0-label-en input").fill("Hearing date");
        admin.locator("#type-save").click();

        Locator frenchLabel = admin.locator("#type-field-0-label-fr");
        assertThat(frenchLabel).hasAttribute("invalid", "");
        assertThat(frenchLabel).containsText("Required");
        assertThat(admin.locator("#type-field-0-label-en")).not().hasAttribute("invalid", "");
        assertThat(admin.locator("#type-save")).isVisible();
        Long stored = inAcme(() -> transactions.execute(tx -> jdbc.queryForObject(
                "select count(*) from request_type where code = ?", Long.class, code)));
        Long all = inAcme(() -> transactions.execute(tx -> jdbc.queryForObject(
                "select count(*) from request_type", Long.class)));
        Assertions.assertThat(stored).as("nothing stored").isZero();
        Assertions.assertThat(all).as("the tenant's other types are visible to this check").isPositive();
    }

    @Test
    void an_administrator_sets_up_the_webhook_channel_after_a_refused_address_is_named_on_the_field() {
        Page admin = browser.newPage("en-GB");
        admin.navigate(app + "/t/acme/app/settings");
        HeadlessBrowser.logIn(admin, "admin@acme.test");
        assertThat(admin.locator("#plugin-name-webhook-channel")).hasText("Webhook");
        assertThat(admin.locator("#plugin-kind-webhook-channel")).containsText("Notification channel");
        assertThat(admin.locator("#order-webhook-channel")).isHidden();
        Locator configuration = admin.locator("#configuration-webhook-channel");
        Optional<TenantPluginSetting> before = webhookSetting();
        try {
            configuration.locator("textarea").fill(
                    "{\"url\": \"ftp://hooks.example.com/in\", \"secret\": \"0123456789abcdef\"}");
            admin.locator("#enabled-webhook-channel input").check();
            admin.locator("#save-webhook-channel").click();
            assertThat(configuration).hasAttribute("invalid", "");
            assertThat(configuration).containsText(
                    "The webhook address must start with https:// or http:// (not ftp:).");
            Assertions.assertThat(webhookSetting()).as("nothing saved").isEqualTo(before);

            configuration.locator("textarea").fill("{\"url\": \"https://hooks.example.com/in\", "
                    + "\"secret\": \"0123456789abcdef\", \"format\": \"slack\"}");
            admin.locator("#save-webhook-channel").click();
            assertThat(configuration).not().hasAttribute("invalid", "");
            Assertions.assertThat(webhookSetting()).hasValueSatisfying(setting -> {
                Assertions.assertThat(setting.enabled()).isTrue();
                Assertions.assertThat(setting.configuration()).containsEntry("url", "https://hooks.example.com/in")
                        .containsEntry("format", "slack");
            });
        } finally {
            var acme = directory.findBySlug("acme").orElseThrow();
            TenantContext.callAsPlatformWork(new CurrentTenant(acme.id(), acme.slug()), () -> plugins.configure(
                    "webhook-channel", false, 0, Map.of("url", "https://hooks.example.com/in",
                            "secret", "0123456789abcdef")));
        }
    }

    private Optional<TenantPluginSetting> webhookSetting() {
        return inAcme(() -> plugins.settings()).stream().filter(p -> p.pluginId().equals("webhook-channel"))
                .findFirst();
    }

    @Test
    void a_lawyer_cannot_change_settings() {
        Page lawyer = browser.newPage("en-GB");
        lawyer.navigate(app + "/t/acme/app/settings");
        HeadlessBrowser.logIn(lawyer, "lawyer@acme.test");
        assertThat(lawyer.locator("#settings-admins-only")).isVisible();
        assertThat(lawyer.locator("#request-types")).hasCount(0);
    }

    /** Opens a Vaadin select and picks the item whose whole text is {@code item}. */
    private static void choose(Page page, String select, String item) {
        page.locator(select).click();
        // Playwright runs the pattern as a JavaScript regular expression: escape by hand, not with Pattern.quote.
        String literal = item.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*" + literal + "\\s*$"))).click();
    }

    private <T> T inAcme(java.util.function.Supplier<T> work) {
        var acme = directory.findBySlug("acme").orElseThrow();
        return TenantContext.call(new CurrentTenant(acme.id(), acme.slug()), work);
    }
}
