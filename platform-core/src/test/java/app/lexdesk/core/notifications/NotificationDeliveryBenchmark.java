package app.lexdesk.core.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.PortalRequest;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.notes.AddNote;
import app.lexdesk.core.notes.NoteService;
import app.lexdesk.core.notes.NoteVisibility;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.testing.EventListeners;
import app.lexdesk.infra.DevServices;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark (profile {@code bench}, never part of {@code verify}) of the Notifications issue: a lawyer writes
 * {@code bench.notes} shared notes on one record, one after the other; each is a real {@code NoteAdded} event whose
 * default rule tells the requester, planned after commit through the event publication registry, rendered, stored and
 * sent by the dispatchers to GreenMail's SMTP. Latency per message: from the note's commit time (the event's) to the
 * moment the SMTP server had accepted it (the delivery's {@code sent_at}, written right after the server's answer),
 * with notes written at half the pace the bare loop reaches (latency under a queue we caused would measure the
 * queue); throughput: a burst of notes written as fast as the service takes them, messages accepted per second. The baseline is a plain JavaMail send loop of the same
 * number of messages of the same size to the same server, in the same run, before and after (the better of the two).
 *
 * <p>Goals: p95 at most 1 s; throughput at least 0.5 times the baseline. Prints the numbers; asserts only that every
 * note was delivered once.
 */
@CoreIntegrationTest
class NotificationDeliveryBenchmark {

    static final int NOTES = Integer.getInteger("bench.notes", 400);
    static final int WARMUP = Integer.getInteger("bench.warmup", 40);

    @Autowired IntakeService intake;
    @Autowired NoteService notes;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    final DevServices services = DevServices.forTests();

    @Test
    void event_to_smtp_latency_and_throughput_against_a_plain_javamail_loop() throws Exception {
        var t = directory.findBySlug("acme").orElseThrow();
        CurrentTenant acme = new CurrentTenant(t.id(), t.slug());
        PortalRequest request = as(acme, "requester@client.test", Role.PORTAL_USER, () -> intake.submit(
                new SubmitRequest("other-legal-question", "Benchmark " + System.nanoTime(), "", Map.of(), "en", null,
                        List.of())));
        UUID record = TenantContext.call(acme, () -> transactions.execute(s -> jdbc.queryForObject(
                "select id from matter where request_id = ?", UUID.class, request.id())));
        // The requester takes every notification as it happens (another run may have changed it).
        TenantContext.call(acme, () -> transactions.execute(s -> jdbc.update("update notification_preference "
                + "set mode = 'IMMEDIATE' where person_id = (select id from person where email = 'requester@client.test')")));
        EventListeners.awaitCompletion(jdbc);
        String sample = TenantContext.call(acme, () -> transactions.execute(s -> jdbc.queryForObject(
                "select body_html from notification_delivery where record_id = ? limit 1", String.class, record)));

        write(acme, record, WARMUP, "warm-up", 0);
        awaitSent(acme, record, WARMUP, Duration.ofMinutes(2));
        double baselineBefore = javaMailLoop(NOTES, sample == null ? "x".repeat(4000) : sample);

        // Latency at a sustainable pace (half of what the server takes from the bare loop): no queue of our making.
        double pace = baselineBefore / 2;
        Instant pacedStart = Instant.now();
        write(acme, record, NOTES, "paced", pace);
        awaitSent(acme, record, WARMUP + NOTES, Duration.ofMinutes(10));
        List<Long> latencies = latencies(acme, record, pacedStart, Instant.now());

        // Throughput: a burst, as fast as the service takes notes; messages accepted per second over the burst.
        Instant burstStart = Instant.now();
        write(acme, record, NOTES, "burst", 0);
        awaitSent(acme, record, WARMUP + 2 * NOTES, Duration.ofMinutes(10));
        List<Map<String, Object>> burst = rows(acme, record, burstStart, Instant.now().plusSeconds(1));
        double baselineAfter = javaMailLoop(NOTES, sample == null ? "x".repeat(4000) : sample);

        assertThat(latencies).hasSize(NOTES);
        assertThat(burst).hasSize(NOTES);
        Instant first = burst.stream().map(r -> ((Timestamp) r.get("occurred_at")).toInstant()).min(Instant::compareTo)
                .orElseThrow();
        Instant last = burst.stream().map(r -> ((Timestamp) r.get("sent_at")).toInstant()).max(Instant::compareTo)
                .orElseThrow();
        double seconds = Duration.between(first, last).toMillis() / 1000.0;
        double throughput = NOTES / seconds;
        double baseline = Math.max(baselineBefore, baselineAfter);
        System.out.printf("""

                Notification delivery benchmark (%d shared notes each phase, one lawyer, default rule → the requester, 2 dispatcher threads)
                  paced at %.1f notes/s: event → accepted by SMTP   p50 %d ms   p95 %d ms   max %d ms   (goal p95 ≤ 1000 ms)
                  burst: throughput          %.1f messages/s over %.1f s
                  plain JavaMail loop        %.1f messages/s (before %.1f, after %.1f)
                  ratio                      %.2f× (goal ≥ 0.5×)
                %n""", NOTES, pace, percentile(latencies, 50), percentile(latencies, 95),
                latencies.get(latencies.size() - 1), throughput, seconds, baseline, baselineBefore, baselineAfter,
                throughput / baseline);
    }

    private List<Map<String, Object>> rows(CurrentTenant acme, UUID record, Instant from, Instant to) {
        return TenantContext.call(acme, () -> transactions.execute(s -> jdbc.queryForList(
                "select occurred_at, sent_at from notification_delivery where record_id = ? and event = "
                        + "'shared-note-added' and occurred_at >= ? and occurred_at < ? order by occurred_at", record,
                Timestamp.from(from), Timestamp.from(to))));
    }

    private List<Long> latencies(CurrentTenant acme, UUID record, Instant from, Instant to) {
        List<Long> latencies = new ArrayList<>();
        for (Map<String, Object> row : rows(acme, record, from, to)) {
            latencies.add(Duration.between(((Timestamp) row.get("occurred_at")).toInstant(),
                    ((Timestamp) row.get("sent_at")).toInstant()).toMillis());
        }
        Collections.sort(latencies);
        return latencies;
    }

    /** Writes notes one after the other, at {@code perSecond} (0: as fast as the service takes them). */
    private void write(CurrentTenant tenant, UUID record, int n, String label, double perSecond)
            throws InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (perSecond > 0) {
                long due = start + (long) (i * 1_000_000_000L / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            String text = "Benchmark " + label + " note " + i;
            as(tenant, "lawyer@acme.test", Role.LEGAL_STAFF, () -> notes.add(record, new AddNote(text,
                    NoteVisibility.SHARED)));
        }
    }

    private void awaitSent(CurrentTenant tenant, UUID record, int n, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Long sent = TenantContext.call(tenant, () -> transactions.execute(s -> jdbc.queryForObject(
                    "select count(*) from notification_delivery where record_id = ? and event = 'shared-note-added' "
                            + "and status = 'SENT'", Long.class, record)));
            if (sent != null && sent >= n) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(sent + " of " + n + " sent within " + timeout);
            }
            Thread.sleep(20);
        }
    }

    /** Messages per second of a plain JavaMail loop: one connection per message, as Spring Mail sends them. */
    private double javaMailLoop(int n, String html) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(services.mail().port()));
        Session session = Session.getInstance(props);
        Instant start = Instant.now();
        for (int i = 0; i < n; i++) {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("bench@lexdesk.test"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("bench-baseline@client.test"));
            message.setSubject("Baseline " + i, "UTF-8");
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Baseline message " + i, "UTF-8");
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setContent(html, "text/html; charset=UTF-8");
            alternative.addBodyPart(text);
            alternative.addBodyPart(htmlPart);
            message.setContent(alternative);
            Transport.send(message);
        }
        return n / (Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private <T> T as(CurrentTenant tenant, String email, Role role, Supplier<T> work) {
        UUID person = TenantContext.call(tenant, () -> transactions.execute(s -> jdbc.queryForObject(
                "select id from person where email = ?", UUID.class, email)));
        try (var ignored = TenantContext.open(new TenantMember(tenant, tenant.slug(), person, email, email,
                Set.of(role)))) {
            return work.get();
        }
    }
}
