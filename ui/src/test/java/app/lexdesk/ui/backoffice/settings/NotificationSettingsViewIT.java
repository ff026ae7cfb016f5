package app.lexdesk.ui.backoffice.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.notifications.DeliveryLogService;
import app.lexdesk.core.notifications.DeliveryStatus;
import app.lexdesk.core.notifications.DeliverySummary;
import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.notifications.NotificationRule;
import app.lexdesk.core.notifications.NotificationRuleService;
import app.lexdesk.core.notifications.Recipient;
import app.lexdesk.core.notifications.RecipientKind;
import app.lexdesk.core.notifications.SaveNotificationRule;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.plugins.NotificationChannels;
import app.lexdesk.core.plugins.PluginSettingsService;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.UiIntegrationTest;
import app.lexdesk.ui.common.EnglishDefaults;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settings → Notifications and the delivery log without a browser, on the real core and database of the demo
 * tenant: rules are offered only what the core accepts and refused on the field at fault, "who would be notified?"
 * answers for a demo record, a failed delivery is retried, and only administrators get in.
 */
@UiIntegrationTest
class NotificationSettingsViewIT {

    @Autowired NotificationRuleService rules;
    @Autowired DeliveryLogService deliveries;
    @Autowired PeopleService people;
    @Autowired MatterService matters;
    @Autowired ContractService contracts;
    @Autowired RequestTypeService types;
    @Autowired RecordWorkService work;
    @Autowired NotificationChannels channels;
    @Autowired PluginSettingsService plugins;
    @Autowired IntakeService intake;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    CurrentTenant acme;
    TenantContext.Scope scope;

    @BeforeEach
    void vaadin() {
        var t = directory.findBySlug("acme").orElseThrow();
        acme = new CurrentTenant(t.id(), t.slug());
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup(new Routes(Set.of(SettingsView.class, NotificationRulesView.class, DeliveryLogView.class),
                Set.of(), true));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        if (scope != null) {
            scope.close();
        }
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void the_requester_is_offered_for_shared_notes_but_not_for_internal_ones_and_the_rule_is_saved_with_it() {
        signIn("admin@acme.test", Role.TENANT_ADMIN);
        rulesPage();
        _click(_get(Button.class, s -> s.withId("new-rule")));
        _setValue(eventSelect(), NotificationEvent.INTERNAL_NOTE_ADDED);
        _click(_get(Button.class, s -> s.withId("rule-add-recipient")));
        assertThat(kinds(0)).as("internal notes never reach the requester").contains(RecipientKind.PERSON,
                RecipientKind.ROLE, RecipientKind.ASSIGNEE, RecipientKind.ADDRESS).doesNotContain(RecipientKind.REQUESTER);

        _setValue(eventSelect(), NotificationEvent.SHARED_NOTE_ADDED);
        assertThat(kinds(0)).contains(RecipientKind.REQUESTER);
        _setValue(kindSelect(0), RecipientKind.REQUESTER);
        _setValue(eventSelect(), NotificationEvent.INTERNAL_NOTE_ADDED);
        assertThat(_find(Select.class, s -> s.withId("rule-recipient-0-kind")))
                .as("a requester row goes when the event is not shown in the portal").isEmpty();

        String name = "Shared notes to the requester and the team " + UUID.randomUUID();
        _setValue(eventSelect(), NotificationEvent.SHARED_NOTE_ADDED);
        _setValue(_get(TextField.class, s -> s.withId("rule-name")), name);
        _click(_get(Button.class, s -> s.withId("rule-add-recipient")));
        _setValue(kindSelect(0), RecipientKind.REQUESTER);
        _click(_get(Button.class, s -> s.withId("rule-add-recipient")));
        _setValue(kindSelect(1), RecipientKind.ADDRESS);
        _setValue(_get(TextField.class, s -> s.withId("rule-recipient-1-address")), "Team@ACME.test");
        _click(_get(Button.class, s -> s.withId("rule-save")));

        assertThat(_find(NotificationRuleDialog.class)).as("closed once saved").isEmpty();
        NotificationRule saved = rules.rules().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        try {
            assertThat(saved.event()).isEqualTo(NotificationEvent.SHARED_NOTE_ADDED);
            assertThat(saved.recipients()).containsExactly(Recipient.of(RecipientKind.REQUESTER),
                    new Recipient(RecipientKind.ADDRESS, "team@acme.test"));
            Grid<NotificationRule> grid = rulesGrid();
            int row = rowOf(grid, r -> r.id().equals(saved.id()));
            assertThat(GridKt._getFormatted(grid, row, "event")).isEqualTo("Note shared with the requester");
            assertThat(GridKt._getFormatted(grid, row, "recipients")).isEqualTo("The requester, team@acme.test");
            assertThat(GridKt._getFormatted(grid, row, "filters")).isEqualTo("Any record");
            assertThat(GridKt._getFormatted(grid, row, "channel")).isEqualTo("Email");

            _click(cellButton(grid, row, "edit-rule-" + saved.id()));
            assertThat(kindSelect(0).getValue()).as("opened as saved").isEqualTo(RecipientKind.REQUESTER);
            assertThat(_get(TextField.class, s -> s.withId("rule-recipient-1-address")).getValue())
                    .isEqualTo("team@acme.test");
            rules.update(saved.id(), saved.version(), new SaveNotificationRule(saved.event().key(), name + " (other)",
                    null, null, null, null, saved.recipients(), saved.channel(), true, true));
            _setValue(_get(TextField.class, s -> s.withId("rule-name")), name + " (mine)");
            _click(_get(Button.class, s -> s.withId("rule-save")));
            assertThat(_get(Span.class, s -> s.withId("rule-problems")).getText()).as("someone saved it meanwhile")
                    .startsWith("Someone else changed this rule since you opened it.");
            assertThat(rules.find(saved.id()).orElseThrow().name()).isEqualTo(name + " (other)");
            _click(_get(Button.class, s -> s.withId("rule-cancel")));

            grid = rulesGrid();
            row = rowOf(grid, r -> r.id().equals(saved.id()));
            assertThat(GridKt._getFormatted(grid, row, "mandatory")).isEqualTo("Yes");
            _click(cellButton(grid, row, "delete-rule-" + saved.id()));
            assertThat(ConfirmDialogKt._getHeader(_get(ConfirmDialog.class))).isEqualTo("Delete this rule?");
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(rules.find(saved.id())).as("deleted after the confirmation").isEmpty();
            assertThat(column(rulesGrid(), "name")).doesNotContain(name + " (other)");
        } finally {
            if (rules.find(saved.id()).isPresent()) {
                rules.delete(saved.id());
            }
        }
    }

    @Test
    void a_channel_plugin_the_tenant_switched_on_is_offered_and_takes_no_recipients() {
        signIn("admin@acme.test", Role.TENANT_ADMIN);
        // A loopback address that nothing listens on; the rule below is saved switched off, so nothing is posted.
        plugins.configure("webhook-channel", true, 0, Map.of("url", "http://127.0.0.1:9/hook",
                "secret", "0123456789abcdef"));
        UUID created = null;
        try {
            rulesPage();
            _click(_get(Button.class, s -> s.withId("new-rule")));
            @SuppressWarnings("unchecked")
            Select<String> channel = _get(Select.class, s -> s.withId("rule-channel"));
            assertThat(channel.getListDataView().getItems().toList()).containsExactly("email", "webhook-channel");
            assertThat(channel.getItemLabelGenerator().apply("webhook-channel")).isEqualTo("Webhook");
            assertThat(_find(RecipientsEditor.class)).as("email names its recipients").hasSize(1);

            String name = "Team channel " + UUID.randomUUID();
            _setValue(eventSelect(), NotificationEvent.INTERNAL_DEVELOPMENT_ADDED);
            _setValue(_get(TextField.class, s -> s.withId("rule-name")), name);
            _click(_get(Button.class, s -> s.withId("rule-add-recipient")));
            _setValue(channel, "webhook-channel");
            assertThat(_find(RecipientsEditor.class)).as("a plugin posts where it is configured").isEmpty();
            assertThat(_get(Paragraph.class, s -> s.withId("rule-channel-recipients")).getText())
                    .startsWith("A channel plugin posts where the department configured it");
            _setValue(_get(Checkbox.class, s -> s.withId("rule-enabled")), false);
            _click(_get(Button.class, s -> s.withId("rule-save")));

            NotificationRule saved = rules.rules().stream().filter(r -> r.name().equals(name)).findFirst()
                    .orElseThrow();
            created = saved.id();
            assertThat(saved.channel()).isEqualTo("webhook-channel");
            assertThat(saved.recipients()).as("the row added before choosing the plugin is not sent").isEmpty();
            Grid<NotificationRule> grid = rulesGrid();
            int row = rowOf(grid, r -> r.id().equals(saved.id()));
            assertThat(GridKt._getFormatted(grid, row, "channel")).isEqualTo("Webhook");
            assertThat(GridKt._getFormatted(grid, row, "recipients")).isEqualTo("Where the channel is configured");
        } finally {
            if (created != null) {
                rules.delete(created);
            }
            plugins.configure("webhook-channel", false, 0, Map.of("url", "http://127.0.0.1:9/hook",
                    "secret", "0123456789abcdef"));
        }
    }

    @Test
    void a_bad_address_is_refused_on_the_recipients_and_nothing_is_saved() {
        signIn("admin@acme.test", Role.TENANT_ADMIN);
        rulesPage();
        long before = ruleCount();
        _click(_get(Button.class, s -> s.withId("new-rule")));
        _click(_get(Button.class, s -> s.withId("rule-add-recipient")));
        _setValue(kindSelect(0), RecipientKind.ADDRESS);
        TextField address = _get(TextField.class, s -> s.withId("rule-recipient-0-address"));
        _setValue(address, "legal team at acme");
        _click(_get(Button.class, s -> s.withId("rule-save")));

        RecipientsEditor recipients = _get(RecipientsEditor.class);
        assertThat(recipients.isInvalid()).isTrue();
        assertThat(recipients.getErrorMessage()).isEqualTo(
                "An address is not a valid email address: correct or remove it");
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo("Not a valid email address");
        assertThat(eventSelect().isInvalid()).isFalse();
        assertThat(_find(NotificationRuleDialog.class)).as("still open").hasSize(1);
        assertThat(ruleCount()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void who_would_be_notified_lists_the_legal_team_for_a_submission_and_the_draft_before_it_is_saved() {
        String reference = demoMatter();
        signIn("admin@acme.test", Role.TENANT_ADMIN);
        rulesPage();
        _setValue(_get(Select.class, s -> s.withId("rules-preview-event")), NotificationEvent.REQUEST_SUBMITTED);
        _setValue(_get(TextField.class, s -> s.withId("rules-preview-record")), reference);
        _click(_get(Button.class, s -> s.withId("rules-preview-run")));

        Grid<?> result = _get(Grid.class, s -> s.withId("rules-preview-result"));
        assertThat(column(result, "address")).contains("lawyer@acme.test", "admin@acme.test");
        int lawyer = column(result, "address").indexOf("lawyer@acme.test");
        assertThat(GridKt._getFormatted(result, lawyer, "recipient")).isEqualTo("Louis Durand");
        assertThat(GridKt._getFormatted(result, lawyer, "rule")).isEqualTo("New requests to the legal team");
        assertThat(GridKt._getFormatted(result, lawyer, "channel")).isEqualTo("Email");
        assertThat(GridKt._getFormatted(result, lawyer, "audience")).isEqualTo("Legal team");
        assertThat(GridKt._getFormatted(result, lawyer, "delivery")).isIn("As it happens", "In their daily digest");

        long before = ruleCount();
        String team = "intake-" + UUID.randomUUID() + "@acme.test";
        _click(_get(Button.class, s -> s.withId("new-rule")));
        _setValue(_get(TextField.class, s -> s.withId("rule-name")), "Intake mailbox");
        _click(_get(Button.class, s -> s.withId("rule-add-recipient")));
        _setValue(kindSelect(0), RecipientKind.ADDRESS);
        _setValue(_get(TextField.class, s -> s.withId("rule-recipient-0-address")), team);
        _setValue(_get(TextField.class, s -> s.withId("rule-preview-record")), reference);
        _click(_get(Button.class, s -> s.withId("rule-preview-run")));

        Grid<?> draft = _get(Grid.class, s -> s.withId("rule-preview-result"));
        List<String> addresses = column(draft, "address");
        assertThat(addresses).contains(team, "lawyer@acme.test");
        assertThat(GridKt._getFormatted(draft, addresses.indexOf(team), "rule")).isEqualTo("Intake mailbox");
        assertThat(GridKt._getFormatted(draft, addresses.indexOf(team), "audience")).isEqualTo("Fixed address");
        assertThat(ruleCount()).as("a preview saves nothing").isEqualTo(before);

        _setValue(_get(TextField.class, s -> s.withId("rule-preview-record")), "MAT-1999-999999");
        _click(_get(Button.class, s -> s.withId("rule-preview-run")));
        TextField record = _get(TextField.class, s -> s.withId("rule-preview-record"));
        assertThat(record.isInvalid()).isTrue();
        assertThat(record.getErrorMessage()).isEqualTo("No matter or contract MAT-1999-999999");
    }

    @Test
    void the_delivery_log_shows_a_failed_delivery_with_its_error_and_retry_queues_it_again() {
        UUID id = UUID.randomUUID();
        String address = "failed-" + id + "@acme.test";
        inAcme(() -> jdbc.update("""
                insert into notification_delivery (id, tenant_id, event_key, event, record_reference, address,
                    recipient_name, audience, channel, language, optional, subject, body_text, body_html, message_id, status,
                    attempts, next_attempt_at, last_error, occurred_at, created_at)
                values (?, ?, ?, 'request-submitted', 'MAT-2026-000123', ?, 'Team mailbox', 'ADDRESS', 'email', 'en',
                    false, 'New request', 'A new request.', '<p>A new request.</p>', ?, 'FAILED', 6, ?, ?, ?, ?)""", id, acme.id(),
                "test-" + id, address, "<" + id + ".acme@notifications.lexdesk>", Timestamp.from(Instant.now()),
                "550 5.1.1 Mailbox unavailable: the recipient does not exist", Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now())));
        signIn("admin@acme.test", Role.TENANT_ADMIN);
        DeliveryLogView view = new DeliveryLogView(deliveries, channels);
        UI.getCurrent().add(view);
        view.show(member("admin@acme.test", Role.TENANT_ADMIN));
        _setValue(_get(Select.class, s -> s.withId("deliveries-status")), DeliveryStatus.FAILED);

        @SuppressWarnings("unchecked")
        Grid<DeliverySummary> grid = _get(Grid.class, s -> s.withId("deliveries"));
        int row = rowOf(grid, d -> d.id().equals(id));
        assertThat(GridKt._getFormatted(grid, row, "event")).isEqualTo("Request submitted");
        assertThat(GridKt._getFormatted(grid, row, "record")).isEqualTo("MAT-2026-000123");
        assertThat(GridKt._getFormatted(grid, row, "recipient")).isEqualTo("Team mailbox <" + address + ">");
        assertThat(GridKt._getFormatted(grid, row, "attempts")).isEqualTo("6");
        assertThat(((Span) GridKt._getCellComponent(grid, row, "status")).getText()).isEqualTo("Failed");
        assertThat(((Span) GridKt._getCellComponent(grid, row, "error")).getText())
                .isEqualTo("550 5.1.1 Mailbox unavailable: the recipient does not exist");

        _click((Button) GridKt._getCellComponent(grid, row, "retry"));

        assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .contains("Delivery to Team mailbox <" + address + "> queued again: Pending");
        Map<String, Object> stored = inAcme(() -> jdbc.queryForMap(
                "select status, attempts from notification_delivery where id = ?", id));
        assertThat(stored.get("status")).as("due again, perhaps already taken by a dispatcher")
                .isIn("PENDING", "SENDING", "SENT", "RETRYING");
        assertThat(_find(Button.class, s -> s.withId("retry-" + id))).as("no longer failed: no retry")
                .isEmpty();
    }

    @Test
    void a_lawyer_gets_neither_the_rules_nor_the_delivery_log_and_the_core_refuses_them_too() {
        signIn("lawyer@acme.test", Role.LEGAL_STAFF);
        TenantMember lawyer = member("lawyer@acme.test", Role.LEGAL_STAFF);
        NotificationRulesView rulesView = new NotificationRulesView(rules, people, matters, contracts, types, work,
                channels);
        DeliveryLogView log = new DeliveryLogView(deliveries, channels);
        UI.getCurrent().add(rulesView, log);
        rulesView.show(lawyer);
        log.show(lawyer);

        assertThat(_find(Paragraph.class, s -> s.withId("settings-admins-only"))).hasSize(2);
        assertThat(_find(Grid.class, s -> s.withId("notification-rules"))).isEmpty();
        assertThat(_find(Grid.class, s -> s.withId("deliveries"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("new-rule"))).isEmpty();
        assertThatThrownBy(() -> rules.rules()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.preview("request-submitted", "MAT-2026-000001", null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deliveries.page(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void in_french_the_rules_page_its_dialog_and_the_delivery_log_speak_french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        signIn("admin@acme.test", Role.TENANT_ADMIN);
        rulesPage();

        assertThat(_get(H1.class).getText()).isEqualTo("Notifications");
        assertThat(_get(Button.class, s -> s.withId("new-rule")).getText()).isEqualTo("Nouvelle règle");
        Grid<NotificationRule> grid = rulesGrid();
        assertThat(grid.getColumnByKey("event").getHeaderText()).isEqualTo("Événement");
        assertThat(grid.getColumnByKey("recipients").getHeaderText()).isEqualTo("Destinataires");
        assertThat(column(grid, "event")).contains("Demande déposée");
        assertThat(_get(Button.class, s -> s.withId("rules-preview-run")).getText())
                .isEqualTo("Voir qui serait prévenu");
        _click(_get(Button.class, s -> s.withId("new-rule")));
        assertThat(_get(NotificationRuleDialog.class).getHeaderTitle()).isEqualTo("Nouvelle règle");
        assertThat(_get(Button.class, s -> s.withId("rule-add-recipient")).getText())
                .isEqualTo("Ajouter un destinataire");
        _click(_get(Button.class, s -> s.withId("rule-add-recipient")));
        assertThat(kindSelect(0).getItemLabelGenerator().apply(RecipientKind.ROLE))
                .isEqualTo("Tous les titulaires d’un rôle");
        assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();

        DeliveryLogView log = new DeliveryLogView(deliveries, channels);
        UI.getCurrent().add(log);
        log.show(member("admin@acme.test", Role.TENANT_ADMIN));
        assertThat(_get(log, H1.class).getText()).isEqualTo("Journal des envois");
        assertThat(_get(Grid.class, s -> s.withId("deliveries")).getColumnByKey("error").getHeaderText())
                .isEqualTo("Dernière erreur");
        assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();
    }

    private NotificationRulesView rulesPage() {
        NotificationRulesView view = new NotificationRulesView(rules, people, matters, contracts, types, work,
                channels);
        UI.getCurrent().add(view);
        view.show(TenantContext.requireMember());
        return view;
    }

    @SuppressWarnings("unchecked")
    private static Grid<NotificationRule> rulesGrid() {
        return _get(Grid.class, s -> s.withId("notification-rules"));
    }

    @SuppressWarnings("unchecked")
    private static Select<NotificationEvent> eventSelect() {
        return _get(Select.class, s -> s.withId("rule-event"));
    }

    @SuppressWarnings("unchecked")
    private static Select<RecipientKind> kindSelect(int row) {
        return _get(Select.class, s -> s.withId("rule-recipient-" + row + "-kind"));
    }

    private static List<RecipientKind> kinds(int row) {
        return kindSelect(row).getListDataView().getItems().toList();
    }

    private static List<String> column(Grid<?> grid, String key) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormatted(grid, row, key)).toList();
    }

    private static <T> int rowOf(Grid<T> grid, Predicate<T> which) {
        return IntStream.range(0, GridKt._size(grid)).filter(row -> which.test(GridKt._get(grid, row))).findFirst()
                .orElseThrow(() -> new AssertionError("no such row in " + grid.getId().orElse("the grid")));
    }

    /** A button of a grid cell's components (Karibu's locators do not look into rendered cells). */
    private static <T> Button cellButton(Grid<T> grid, int row, String id) {
        return _get(GridKt._getCellComponent(grid, row, "actions"), Button.class, s -> s.withId(id));
    }

    private long ruleCount() {
        return inAcme(() -> jdbc.queryForObject("select count(*) from notification_rule", Long.class));
    }

    /** A matter of the demo tenant, as the requester submits it from the portal. */
    private String demoMatter() {
        String subject = "Bail commercial à renouveler " + UUID.randomUUID();
        try (var ignored = TenantContext.open(member("requester@client.test", Role.PORTAL_USER))) {
            intake.submit(new SubmitRequest("other-legal-question", subject, "Le bail arrive à échéance.", Map.of(),
                    "fr", null, List.of()));
        }
        return inAcme(() -> jdbc.queryForObject("select reference from matter where title = ?", String.class,
                subject));
    }

    private void signIn(String email, Role role) {
        scope = TenantContext.open(member(email, role));
    }

    private TenantMember member(String email, Role role) {
        Map<String, Object> person = inAcme(() -> jdbc.queryForMap(
                "select person_id, display_name from membership where email = ?", email));
        return new TenantMember(acme, "ACME Legal", (UUID) person.get("person_id"), email,
                (String) person.get("display_name"), Set.of(role));
    }

    private <T> T inAcme(Supplier<T> work) {
        return TenantContext.call(acme, () -> transactions.execute(s -> work.get()));
    }
}
