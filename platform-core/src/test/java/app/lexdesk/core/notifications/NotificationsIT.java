package app.lexdesk.core.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.developments.AddKeyDevelopment;
import app.lexdesk.core.developments.KeyDevelopmentService;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.PortalRequest;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.notes.AddNote;
import app.lexdesk.core.notes.NoteService;
import app.lexdesk.core.notes.NoteVisibility;
import app.lexdesk.core.notifications.internal.DigestJob;
import app.lexdesk.core.notifications.internal.NotificationDispatcher;
import app.lexdesk.core.records.RecordHeader;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.core.responses.internal.ExpectedAnswerWatch;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.testing.EventListeners;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.MailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications on the real stack — the features' real events, PostgreSQL, GreenMail's SMTP: each event reaches the
 * recipients the rules say and nobody else; a requester is never told of internal work, checked on the delivered
 * bodies; preferences and digests; SMTP down then back, a node stopped mid-dispatch, two dispatchers at once; and
 * another tenant sees none of it.
 */
@CoreIntegrationTest
class NotificationsIT {

    static final String ADMIN = "admin@acme.test";
    static final String LAWYER = "lawyer@acme.test";
    static final String REQUESTER = "requester@client.test";
    static final Duration MAIL = Duration.ofSeconds(30);

    @Autowired IntakeService intake;
    @Autowired NoteService notes;
    @Autowired KeyDevelopmentService developments;
    @Autowired RecordWorkService work;
    @Autowired NotificationRuleService rules;
    @Autowired NotificationPreferenceService preferences;
    @Autowired DeliveryLogService log;
    @Autowired NotificationDispatcher dispatcher;
    @Autowired DigestJob digests;
    @Autowired ExpectedAnswerWatch answers;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    final MailServer mail = DevServices.forTests().mail();
    CurrentTenant acme;
    CurrentTenant globex;
    final List<UUID> addedRules = new ArrayList<>();

    @BeforeEach
    void tenants() {
        acme = tenant("acme");
        globex = tenant("globex");
        setPreference(LAWYER, NotificationMode.IMMEDIATE);
        setPreference(REQUESTER, NotificationMode.IMMEDIATE);
    }

    @AfterEach
    void cleanUp() {
        dispatcher.resume();
        addedRules.forEach(id -> asAdmin(() -> {
            rules.delete(id);
            return null;
        }));
        setPreference(LAWYER, NotificationMode.IMMEDIATE);
        setPreference(REQUESTER, NotificationMode.IMMEDIATE);
    }

    @Test
    void the_requester_hears_only_of_what_the_portal_shows_and_staff_of_everything_their_rules_name() throws Exception {
        String secret = "SECRET-" + System.nanoTime();
        String hiddenDevelopment = "HIDDEN-DEV-" + System.nanoTime();
        // Internal notes and developments are told to the team mailbox, so that they are rendered and sent at all.
        addRule(NotificationEvent.INTERNAL_NOTE_ADDED, new Recipient(RecipientKind.ADDRESS, "team@acme.test"));
        addRule(NotificationEvent.INTERNAL_DEVELOPMENT_ADDED, new Recipient(RecipientKind.ADDRESS, "team@acme.test"));

        Submitted s = submit("Lease renewal " + System.nanoTime());
        MimeMessage toLawyer = mail.await(LAWYER, s.record(), 0, MAIL);
        mail.await(ADMIN, s.record(), 0, MAIL);
        assertThat(MailServer.html(toLawyer)).contains(s.subject()).contains("/t/acme/app/matter/" + s.record());
        // The legal team's own name for the record is theirs: the requester's mails use her subject.
        String staffTitle = "STAFF-TITLE-" + System.nanoTime();
        inAcme(() -> jdbc.update("update matter set title = ? where id = ?", staffTitle, s.id()));

        asLawyer(() -> notes.add(s.id(), new AddNote(secret + " do not tell the client", NoteVisibility.INTERNAL)));
        asLawyer(() -> developments.add(s.id(), new AddKeyDevelopment(LocalDate.of(2026, 3, 2), hiddenDevelopment,
                "", false)));
        asLawyer(() -> notes.add(s.id(), new AddNote("We are looking at your lease.", NoteVisibility.SHARED)));
        asLawyer(() -> developments.add(s.id(), new AddKeyDevelopment(LocalDate.of(2026, 3, 3), "Letter sent", "",
                true)));
        RecordHeader header = asLawyer(() -> work.header(RecordKind.MATTER, s.record()).orElseThrow());
        asLawyer(() -> work.transition(RecordKind.MATTER, s.record(), header.version(), "IN_REVIEW"));
        EventListeners.awaitCompletion(jdbc);

        assertThat(MailServer.html(mail.await("team@acme.test", "Internal note on " + s.record(), 0, MAIL)))
                .as("staff read the internal note").contains(secret);
        mail.await("team@acme.test", hiddenDevelopment, 0, MAIL);
        mail.await(REQUESTER, "New message on your request " + s.reference(), 0, MAIL);
        mail.await(REQUESTER, "Letter sent", 0, MAIL);
        mail.await(REQUESTER, "Your request " + s.reference() + " is now", 0, MAIL);
        awaitNothingPending();

        List<MimeMessage> toRequester = aboutRecord(mail.to(REQUESTER), s);
        assertThat(toRequester).hasSize(3);
        for (MimeMessage m : toRequester) {
            String body = MailServer.html(m);
            assertThat(body).doesNotContain(secret).doesNotContain(hiddenDevelopment).doesNotContain(staffTitle)
                    .as("the requester's link is the portal's").contains("/t/acme/portal/requests/" + s.reference())
                    .doesNotContain("/app/");
            assertThat(m.getHeader("List-Unsubscribe")).as("optional: one-click unsubscribe").isNotNull();
            assertThat(m.getMessageID()).endsWith(".acme@notifications.lexdesk>");
        }
        assertThat(MailServer.html(toRequester.stream().filter(m -> subject(m).contains(" is now ")).findFirst()
                .orElseThrow())).as("her own subject names the record").contains(s.subject());
        assertThat(MailServer.html(toRequester.stream().filter(m -> subject(m).contains("New message")).findFirst()
                .orElseThrow())).contains("We are looking at your lease.");
        assertThat(inAcme(() -> jdbc.queryForList("select distinct event from notification_delivery "
                + "where record_id = ? and audience = 'REQUESTER'", String.class, s.id())))
                .containsExactlyInAnyOrder("shared-note-added", "visible-development-added", "status-changed");
        assertThat(aboutRecord(mail.to(LAWYER), s)).as("nobody is told what they did themselves").hasSize(1);
    }

    @Test
    void a_requester_answers_a_notification_email_and_her_answer_becomes_a_shared_note_her_lawyer_is_told_of()
            throws Exception {
        Submitted s = submit("Answer by email " + System.nanoTime());
        UUID lawyer = member(acme, LAWYER, Role.LEGAL_STAFF).personId();
        RecordHeader header = asLawyer(() -> work.header(RecordKind.MATTER, s.record()).orElseThrow());
        asLawyer(() -> work.assign(RecordKind.MATTER, s.record(), header.version(), lawyer));
        asLawyer(() -> notes.add(s.id(), new AddNote("Could you send us the signed lease?", NoteVisibility.SHARED)));
        MimeMessage notification = mail.await(REQUESTER, "New message on your request " + s.reference(), 0, MAIL);
        String replyTo = notification.getReplyTo()[0].toString();
        assertThat(replyTo).startsWith("replies+").endsWith("@lexdesk.test");
        assertThat(MailServer.html(notification)).as("the line her answer goes above")
                .contains(app.lexdesk.core.mailreplies.ReplyAddresses.marker(java.util.Locale.ENGLISH));

        java.util.Properties props = new java.util.Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(mail.port()));
        MimeMessage answer = new MimeMessage(jakarta.mail.Session.getInstance(props));
        answer.setFrom(REQUESTER);
        answer.setRecipients(jakarta.mail.Message.RecipientType.TO, replyTo);
        answer.setSubject("Re: " + notification.getSubject(), "UTF-8");
        answer.setHeader("In-Reply-To", notification.getMessageID());
        answer.setText("Here it is, signed yesterday.\n\nOn Tue, 1 Dec 2026, ACME Legal wrote:\n> Could you send "
                + "us the signed lease?\n", "UTF-8");
        jakarta.mail.Transport.send(answer);

        MimeMessage told = mail.await(LAWYER, "replied on " + s.record(), 0, MAIL);
        assertThat(MailServer.html(told)).contains("Here it is, signed yesterday.")
                .doesNotContain("Could you send us");
        assertThat(asLawyer(() -> notes.of(s.id()))).filteredOn(n -> n.text().equals("Here it is, signed yesterday."))
                .singleElement().satisfies(n -> {
                    assertThat(n.shared()).isTrue();
                    assertThat(n.fromRequester()).isTrue();
                });
    }

    @Test
    void a_record_opened_from_a_request_is_told_with_its_board_to_whom_the_rule_names_and_never_to_the_requester() {
        addRule(NotificationEvent.RECORD_OPENED, new Recipient(RecipientKind.ADDRESS, "intake@acme.test"));
        Submitted s = submit("Opened " + System.nanoTime());
        MimeMessage opened = mail.await("intake@acme.test", "New matter " + s.record(), 0, MAIL);
        String board = inAcme(() -> jdbc.queryForObject("select coalesce(category_code, 'unclassified') from matter "
                + "where id = ?", String.class, s.id()));
        assertThat(MailServer.html(opened)).contains("Classified to: " + board);
        EventListeners.awaitCompletion(jdbc);
        assertThat(deliveries(s, REQUESTER, "record-opened")).isEmpty();
    }

    @Test
    void the_core_refuses_the_requester_as_recipient_of_an_event_the_portal_does_not_show() {
        for (NotificationEvent internal : List.of(NotificationEvent.INTERNAL_NOTE_ADDED,
                NotificationEvent.INTERNAL_DEVELOPMENT_ADDED, NotificationEvent.RECORD_OPENED,
                NotificationEvent.ANSWER_LATE)) {
            assertThatThrownBy(() -> asAdmin(() -> rules.create(rule(internal, Recipient.of(RecipientKind.REQUESTER)))))
                    .isInstanceOf(InvalidNotificationRuleException.class)
                    .hasFieldOrPropertyWithValue("field", "recipients")
                    .hasFieldOrPropertyWithValue("code", "requester-not-allowed");
        }
        assertThatThrownBy(() -> asAdmin(() -> rules.create(rule(NotificationEvent.STATUS_CHANGED,
                new Recipient(RecipientKind.ADDRESS, "not an address")))))
                .isInstanceOf(InvalidNotificationRuleException.class).hasFieldOrPropertyWithValue("field", "recipients");
        assertThatThrownBy(() -> asAdmin(() -> rules.create(new SaveNotificationRule("status-changed", "", "MATTER",
                "NO-SUCH-BOARD", null, null, List.of(Recipient.of(RecipientKind.ASSIGNEE)), "email", false, true))))
                .isInstanceOf(InvalidNotificationRuleException.class).hasFieldOrPropertyWithValue("field", "target");
        assertThatThrownBy(() -> asLawyer(() -> rules.rules())).as("administrators only")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void who_would_be_notified_follows_the_filters_and_shows_a_draft_before_it_is_saved() {
        Submitted s = submit("Preview " + System.nanoTime());
        List<PlannedNotification> saved = asAdmin(() -> rules.preview("request-submitted", s.record(), null, null));
        assertThat(saved).extracting(PlannedNotification::address).contains(ADMIN, LAWYER)
                .doesNotContain(REQUESTER);

        SaveNotificationRule toLitigation = new SaveNotificationRule("status-changed", "Litigation desk", "MATTER",
                "LITIGATION", null, null, List.of(new Recipient(RecipientKind.ADDRESS, "litigation@acme.test")),
                "email", true, true);
        String target = inAcme(() -> jdbc.queryForObject("select category_code from matter where id = ?",
                String.class, s.id()));
        List<PlannedNotification> draft = asAdmin(() -> rules.preview("status-changed", s.record(), toLitigation,
                null));
        assertThat(draft.stream().anyMatch(p -> p.address().equals("litigation@acme.test")))
                .as("the board filter decides (the record is on %s)", target).isEqualTo("LITIGATION".equals(target));
        assertThat(draft).extracting(PlannedNotification::address).as("the default rule tells the requester")
                .contains(REQUESTER);
    }

    @Test
    void a_person_who_switched_optional_notifications_off_gets_only_mandatory_ones_and_a_digest_gathers_the_rest() {
        setPreference(LAWYER, NotificationMode.OFF);
        addRule(NotificationEvent.REQUESTER_REPLIED, true, new Recipient(RecipientKind.ROLE, "legal-staff"));
        Submitted off = submit("Switched off " + System.nanoTime());
        EventListeners.awaitCompletion(jdbc);
        assertThat(deliveries(off, LAWYER, "request-submitted")).as("optional, switched off").isEmpty();
        assertThat(asAdmin(() -> rules.preview("request-submitted", off.record(), null, null)))
                .filteredOn(p -> p.address().equals(LAWYER)).extracting(PlannedNotification::skipped)
                .containsExactly("switched-off");

        setPreference(LAWYER, NotificationMode.DIGEST);
        Submitted held = submit("Held for the digest " + System.nanoTime());
        EventListeners.awaitCompletion(jdbc);
        assertThat(deliveries(held, LAWYER, "request-submitted")).containsExactly("DIGEST");
        int before = mail.to(LAWYER).size();
        assertThat(digests.sendDigests()).isGreaterThanOrEqualTo(1);
        MimeMessage digest = mail.await(LAWYER, "Your daily summary", before, MAIL);
        assertThat(MailServer.html(digest)).contains(held.record()).contains("Your daily summary: 1 update").doesNotContain("1 updates");
        assertThat(deliveries(held, LAWYER, "request-submitted")).containsExactly("DIGESTED");
        assertThat(digests.sendDigests()).as("each held delivery is gathered once").isZero();
    }

    @Test
    void smtp_down_for_a_while_every_delivery_is_retried_and_arrives_once_it_is_back() throws Exception {
        mail.suspend();
        Submitted s;
        try {
            s = submit("SMTP down " + System.nanoTime());
            EventListeners.awaitCompletion(jdbc);
            awaitStatus(s, LAWYER, "RETRYING");
            String error = inAcme(() -> jdbc.queryForObject("select last_error from notification_delivery "
                    + "where record_id = ? and address = ?", String.class, s.id(), LAWYER));
            assertThat(error).isNotBlank();
        } finally {
            mail.resume();
        }
        MimeMessage arrived = mail.await(LAWYER, s.record(), 0, MAIL);
        awaitStatus(s, LAWYER, "SENT");
        assertThat(aboutRecord(mail.to(LAWYER), s)).hasSize(1);
        assertThat(inAcme(() -> jdbc.queryForObject("select attempts from notification_delivery where record_id = ? "
                + "and address = ?", Integer.class, s.id(), LAWYER))).isGreaterThan(1);
        assertThat(arrived.getMessageID()).isEqualTo(inAcme(() -> jdbc.queryForObject("select message_id from "
                + "notification_delivery where record_id = ? and address = ?", String.class, s.id(), LAWYER)));
    }

    @Test
    void deliveries_a_stopped_node_had_claimed_are_sent_once_its_claim_runs_out_under_the_same_message_id()
            throws Exception {
        dispatcher.suspend();
        Submitted s = submit("Node stopped " + System.nanoTime());
        EventListeners.awaitCompletion(jdbc);
        // What a node that stopped mid-dispatch leaves: its claims, and one message it sent but could not record.
        int claimedRows = inAcme(() -> jdbc.update("update notification_delivery set status = 'SENDING', "
                + "claimed_by = 'stopped-node', claimed_until = now() + interval '2 seconds', attempts = 1 "
                + "where record_id = ? and status = 'PENDING'", s.id()));
        List<Map<String, Object>> claimed = inAcme(() -> jdbc.queryForList("select address, message_id, subject, "
                + "body_text from notification_delivery where record_id = ? order by address", s.id()));
        assertThat(claimedRows).isEqualTo(claimed.size()).isGreaterThanOrEqualTo(2);
        Map<String, Object> alreadySent = claimed.get(0);
        sendAsTheStoppedNode(alreadySent);
        dispatcher.resume();

        for (Map<String, Object> d : claimed) {
            mail.await((String) d.get("address"), s.record(), d == alreadySent ? 1 : 0, MAIL);
        }
        awaitNothingPending();
        for (Map<String, Object> d : claimed) {
            List<MimeMessage> got = aboutRecord(mail.to((String) d.get("address")), s);
            assertThat(got).as("nothing lost; at most one repeat").hasSize(d == alreadySent ? 2 : 1);
            assertThat(got).extracting(NotificationsIT::messageId).as("a repeat is recognisable")
                    .containsOnly((String) d.get("message_id"));
        }
    }

    /** The message a node sent just before it stopped, under the delivery's Message-ID. */
    private void sendAsTheStoppedNode(Map<String, Object> delivery) throws MessagingException {
        java.util.Properties props = new java.util.Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(mail.port()));
        String id = (String) delivery.get("message_id");
        MimeMessage message = new MimeMessage(jakarta.mail.Session.getInstance(props)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        message.setFrom("notifications@lexdesk.test");
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, (String) delivery.get("address"));
        message.setSubject((String) delivery.get("subject"), "UTF-8");
        message.setText((String) delivery.get("body_text"), "UTF-8");
        jakarta.mail.Transport.send(message);
    }

    @Test
    void two_dispatchers_draining_the_same_tenant_at_once_send_each_delivery_once() throws Exception {
        dispatcher.suspend();
        List<Submitted> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            submitted.add(submit("Two dispatchers " + i + " " + System.nanoTime()));
        }
        EventListeners.awaitCompletion(jdbc);
        long planned = submitted.stream().mapToLong(s -> inAcme(() -> jdbc.queryForObject("select count(*) from "
                + "notification_delivery where record_id = ? and status = 'PENDING'", Long.class, s.id()))).sum();
        assertThat(planned).isGreaterThanOrEqualTo(10);

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> dispatcher.drain(acme, "dispatcher-a"));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> dispatcher.drain(acme, "dispatcher-b"));
        assertThat(a.get() + b.get()).as("every planned delivery attempted once, by one of them")
                .isGreaterThanOrEqualTo((int) planned);
        for (Submitted s : submitted) {
            assertThat(aboutRecord(mail.to(LAWYER), s)).hasSize(1);
            assertThat(aboutRecord(mail.to(ADMIN), s)).hasSize(1);
        }
        assertThat(submitted.stream().mapToLong(s -> inAcme(() -> jdbc.queryForObject("select count(*) from "
                + "notification_delivery where record_id = ? and status = 'SENT'", Long.class, s.id()))).sum())
                .isEqualTo(planned);
    }

    @Test
    void an_answer_at_risk_is_told_once_to_the_legal_team() {
        addRule(NotificationEvent.ANSWER_AT_RISK, new Recipient(RecipientKind.ROLE, "legal-staff"));
        Submitted s = submit("At risk " + System.nanoTime());
        EventListeners.awaitCompletion(jdbc);
        inAcme(() -> jdbc.update("""
                insert into record_response (tenant_id, record_id, submitted_at, target_days, expected_by)
                values (?, ?, now(), 1, ?) on conflict (tenant_id, record_id) do update
                set expected_by = excluded.expected_by, target_days = 1, submitted_at = excluded.submitted_at""",
                acme.id(), s.id(), LocalDate.now(java.time.ZoneId.of("Europe/Paris"))));
        answers.watch();
        EventListeners.awaitCompletion(jdbc);
        mail.await(LAWYER, "First answer due soon on " + s.record(), 0, MAIL);
        answers.watch();
        EventListeners.awaitCompletion(jdbc);
        assertThat(deliveries(s, LAWYER, "answer-at-risk")).as("told once").hasSize(1);
    }

    @Test
    void another_tenant_sees_none_of_the_rules_or_deliveries_and_cannot_retry_them() {
        Submitted s = submit("Isolation " + System.nanoTime());
        EventListeners.awaitCompletion(jdbc);
        awaitStatus(s, LAWYER, "SENT");
        UUID acmeDelivery = inAcme(() -> jdbc.queryForObject("select id from notification_delivery where "
                + "record_id = ? and address = ?", UUID.class, s.id(), LAWYER));
        UUID acmeRule = asAdmin(() -> rules.rules()).get(0).id();

        TenantMember globexAdmin = member(globex, "admin@globex.test", Role.TENANT_ADMIN);
        try (var ignored = TenantContext.open(globexAdmin)) {
            assertThat(rules.find(acmeRule)).isEmpty();
            assertThat(rules.rules()).extracting(NotificationRule::id).doesNotContain(acmeRule);
            assertThat(log.find(acmeDelivery)).isEmpty();
            assertThat(log.page(null, 0, 100)).extracting(DeliverySummary::id).doesNotContain(acmeDelivery);
            assertThatThrownBy(() -> log.retry(acmeDelivery)).isInstanceOf(java.util.NoSuchElementException.class);
            assertThatThrownBy(() -> rules.delete(acmeRule)).isInstanceOf(java.util.NoSuchElementException.class);
        }
        Long inGlobex = TenantContext.call(globex, () -> transactions.execute(st -> jdbc.queryForObject(
                "select count(*) from notification_delivery where record_id = ?", Long.class, s.id())));
        assertThat(inGlobex)
                .as("row-level security: no acme delivery is visible in globex").isZero();
        assertThat(asAdmin(() -> rules.find(acmeRule))).isPresent();
    }

    // --- helpers

    record Submitted(UUID id, String record, String reference, String subject) {
    }

    private Submitted submit(String subject) {
        PortalRequest request = as(acme, REQUESTER, Role.PORTAL_USER, () -> intake.submit(new SubmitRequest(
                "other-legal-question", subject, "", Map.of(), "en", null, List.of())));
        Map<String, Object> matter = inAcme(() -> jdbc.queryForMap("select id, reference from matter "
                + "where request_id = ?", request.id()));
        return new Submitted((UUID) matter.get("id"), (String) matter.get("reference"), request.reference(), subject);
    }

    private void addRule(NotificationEvent event, Recipient... recipients) {
        addRule(event, false, recipients);
    }

    private void addRule(NotificationEvent event, boolean mandatory, Recipient... recipients) {
        SaveNotificationRule rule = new SaveNotificationRule(event.key(), "IT " + event.key(), null, null, null, null,
                List.of(recipients), "email", mandatory, true);
        addedRules.add(asAdmin(() -> rules.create(rule)).id());
    }

    private static SaveNotificationRule rule(NotificationEvent event, Recipient recipient) {
        return new SaveNotificationRule(event.key(), "", null, null, null, null, List.of(recipient), "email", false,
                true);
    }

    private List<String> deliveries(Submitted s, String address, String event) {
        return inAcme(() -> jdbc.queryForList("select status from notification_delivery where record_id = ? "
                + "and address = ? and event = ?", String.class, s.id(), address, event));
    }

    private void awaitStatus(Submitted s, String address, String status) {
        Instant deadline = Instant.now().plus(MAIL);
        while (!deliveries(s, address, "request-submitted").contains(status)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No " + status + " delivery to " + address + " for " + s.record() + ": "
                        + deliveries(s, address, "request-submitted"));
            }
            sleep(100);
        }
    }

    private void awaitNothingPending() {
        Instant deadline = Instant.now().plus(MAIL);
        while (inAcme(() -> jdbc.queryForObject("select count(*) from notification_delivery where status in "
                + "('PENDING', 'SENDING', 'RETRYING')", Long.class)) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Deliveries still pending after " + MAIL);
            }
            sleep(100);
        }
    }

    private static List<MimeMessage> aboutRecord(List<MimeMessage> messages, Submitted s) {
        return messages.stream().filter(m -> subject(m).contains(s.record()) || subject(m).contains(s.reference()))
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void setPreference(String email, NotificationMode mode) {
        as(acme, email, email.equals(REQUESTER) ? Role.PORTAL_USER : Role.LEGAL_STAFF,
                () -> preferences.setMine(new NotificationPreference(mode, null)));
    }

    private <T> T asAdmin(Supplier<T> work) {
        return as(acme, ADMIN, Role.TENANT_ADMIN, work);
    }

    private <T> T asLawyer(Supplier<T> work) {
        return as(acme, LAWYER, Role.LEGAL_STAFF, work);
    }

    private <T> T as(CurrentTenant tenant, String email, Role role, Supplier<T> work) {
        try (var ignored = TenantContext.open(member(tenant, email, role))) {
            return work.get();
        }
    }

    private TenantMember member(CurrentTenant tenant, String email, Role role) {
        UUID person = TenantContext.call(tenant, () -> transactions.execute(s -> jdbc.queryForObject(
                "select id from person where email = ?", UUID.class, email)));
        return new TenantMember(tenant, tenant.slug(), person, email, email, Set.of(role));
    }

    private <T> T inAcme(Supplier<T> work) {
        return TenantContext.call(acme, () -> transactions.execute(s -> work.get()));
    }

    private CurrentTenant tenant(String slug) {
        var t = directory.findBySlug(slug).orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
