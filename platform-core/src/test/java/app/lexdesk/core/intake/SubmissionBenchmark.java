package app.lexdesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.core.testing.EventListeners;
import app.lexdesk.infra.DevServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark (profile {@code bench}, never part of {@code verify}): portal submissions per second through the
 * REST API — token check, validation, classification by the rules plugin, persistence of request, matter and
 * activity — against raw JDBC inserts of the same rows into the same database, in the same JVM and run.
 * Prints both rates and their ratio; asserts only that the work was really done.
 *
 * <p>Activity is written by event listeners after each submission's commit, on other threads. The API run ends when
 * the last listener completed (the event publication registry is empty), so that work counts against the API and
 * does not spill into the raw run; the rate of answers alone is printed too.
 */
@CoreIntegrationTest
// One requester submits thousands a second here: the fair-use check runs (its cost is part of the path) with
// limits no run reaches.
@TestPropertySource(properties = {"lexdesk.rate-limits.enabled=true",
        "lexdesk.rate-limits.submissions.per-user=1000000000", "lexdesk.rate-limits.submissions.per-tenant=1000000000"})
class SubmissionBenchmark {

    static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    /** Enough for the JIT to settle on this code base (C2 still compiles after 2,000 submissions on 2 cores). */
    static final int WARMUP = Integer.getInteger("bench.warmup", 6000);
    static final int MEASURED = Integer.getInteger("bench.submissions", 4000);

    @Autowired TenantDirectory directory;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    final ApiClient api = new ApiClient(DevServices.forTests());

    @Test
    void portal_submissions_per_second_against_raw_jdbc() throws Exception {
        String token = api.token("requester@client.test", "openid organization");
        String body = ApiClient.toJson(Map.of("type", "other-legal-question", "subject",
                "Mise en demeure reçue de notre fournisseur", "description", "Reçue hier par courrier recommandé."));
        CurrentTenant acme = tenant();
        UUID requester = inAcme(acme, () -> jdbc.queryForObject("select id from person where email = 'requester@client.test'", UUID.class));
        UUID company = inAcme(acme, () -> jdbc.queryForObject("select company_id from person where id = ?", UUID.class, requester));
        UUID type = inAcme(acme, () -> jdbc.queryForObject("select id from request_type where code = 'other-legal-question'", UUID.class));

        Runnable viaApi = () -> {
            var response = api.post("/api/v1/requests", token, body, null);
            if (response.statusCode() != 201) {
                throw new IllegalStateException(response.body());
            }
        };
        AtomicInteger sequence = new AtomicInteger();
        Runnable viaJdbc = () -> rawInsert(acme, requester, company, type, sequence.incrementAndGet());

        run(viaApi, WARMUP);
        awaitListeners();
        run(viaJdbc, WARMUP);
        long before = inAcme(acme, () -> jdbc.queryForObject("select count(*) from request", Long.class));
        long cpu0 = cpuNanos();
        long start = System.nanoTime();
        double answered = run(viaApi, MEASURED);
        awaitListeners();
        double api = MEASURED / ((System.nanoTime() - start) / 1e9);
        long cpu1 = cpuNanos();
        long afterApi = inAcme(acme, () -> jdbc.queryForObject("select count(*) from request", Long.class));
        long cpu2 = cpuNanos();
        double raw = run(viaJdbc, MEASURED);
        long cpu3 = cpuNanos();

        System.out.printf("%nBENCH submissions: %d, clients: %d%n", MEASURED, CLIENTS);
        System.out.printf("BENCH REST API answers only:          %8.1f submissions/s%n", answered);
        System.out.printf("BENCH REST API (classify + persist, activity listeners done): %8.1f submissions/s%n", api);
        System.out.printf("BENCH raw JDBC inserts (same rows):  %8.1f submissions/s%n", raw);
        System.out.printf("BENCH ratio API / raw JDBC:           %8.2f%n", api / raw);
        System.out.printf("BENCH JVM CPU per submission (client and server, not PostgreSQL): API %.2f ms, raw JDBC %.2f ms%n%n",
                (cpu1 - cpu0) / 1e6 / MEASURED, (cpu3 - cpu2) / 1e6 / MEASURED);
        assertThat(afterApi - before).isEqualTo(MEASURED);
    }

    /** Waits until every event publication of the run completed (its listener wrote the activity). */
    private void awaitListeners() throws InterruptedException {
        while (EventListeners.incomplete(jdbc) > 0) {
            Thread.sleep(5);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Submissions per second for {@code count} runs of {@code work} spread over {@link #CLIENTS} threads. */
    private static double run(Runnable work, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger left = new AtomicInteger(count);
        long start = System.nanoTime();
        Future<?>[] clients = new Future<?>[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            clients[i] = pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    work.run();
                }
            });
        }
        for (Future<?> client : clients) {
            client.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return count / seconds;
    }

    /** The rows one submission writes: reference counters, request, record identity, matter, two activity entries. */
    private void rawInsert(CurrentTenant tenant, UUID requester, UUID company, UUID type, int n) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement("select set_config('lexdesk.tenant_id', ?, true)")) {
                set.setString(1, tenant.id().toString());
                set.execute();
            }
            int year = 2000 + (n % 50);
            for (String counter : new String[] {"RAWREQ", "RAWMAT"}) {
                try (PreparedStatement s = c.prepareStatement("insert into reference_counter (tenant_id, name, year, last_value) "
                        + "values (?, ?, ?, 1) on conflict (tenant_id, name, year) do update set last_value = reference_counter.last_value + 1")) {
                    s.setObject(1, tenant.id());
                    s.setString(2, counter);
                    s.setInt(3, year);
                    s.execute();
                }
            }
            UUID request = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement s = c.prepareStatement("insert into request (id, tenant_id, reference, type_id, kind, subject, "
                    + "description, field_values, language, requester_id, company_id, submitted_at, classified_target, "
                    + "classification_reason) values (?, ?, ?, ?, 'MATTER', ?, ?, '{}'::jsonb, 'fr', ?, ?, ?, 'LITIGATION', ?)")) {
                s.setObject(1, request);
                s.setObject(2, tenant.id());
                s.setString(3, "RAW-" + request);
                s.setObject(4, type);
                s.setString(5, "Mise en demeure reçue de notre fournisseur");
                s.setString(6, "Reçue hier par courrier recommandé.");
                s.setObject(7, requester);
                s.setObject(8, company);
                s.setTimestamp(9, now);
                s.setString(10, "rules-classifier matched 'mise en demeure'");
                s.execute();
            }
            UUID matter = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement("insert into record (id, tenant_id, kind) values (?, ?, 'MATTER')")) {
                s.setObject(1, matter);
                s.setObject(2, tenant.id());
                s.execute();
            }
            try (PreparedStatement s = c.prepareStatement("insert into matter (id, tenant_id, reference, title, description, "
                    + "category_code, status, origin, requester_id, company_id, request_id, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?, 'LITIGATION', 'NEW', 'PORTAL', ?, ?, ?, ?, ?)")) {
                s.setObject(1, matter);
                s.setObject(2, tenant.id());
                s.setString(3, "RAW-" + matter);
                s.setString(4, "Mise en demeure reçue de notre fournisseur");
                s.setString(5, "Reçue hier par courrier recommandé.");
                s.setObject(6, requester);
                s.setObject(7, company);
                s.setObject(8, request);
                s.setTimestamp(9, now);
                s.setTimestamp(10, now);
                s.execute();
            }
            // The request's entry and the matter's, each of its own kind (a matter's entry points at its record).
            for (Object[] entry : new Object[][] {{"REQUEST", request}, {"MATTER", matter}}) {
                try (PreparedStatement s = c.prepareStatement("insert into activity (id, tenant_id, record_kind, "
                        + "record_id, actor_id, action, after, visible_to_portal, at) "
                        + "values (?, ?, ?, ?, ?, 'raw', '{}'::jsonb, true, ?)")) {
                    s.setObject(1, UUID.randomUUID());
                    s.setObject(2, tenant.id());
                    s.setString(3, (String) entry[0]);
                    s.setObject(4, entry[1]);
                    s.setObject(5, requester);
                    s.setTimestamp(6, now);
                    s.execute();
                }
            }
            c.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private CurrentTenant tenant() {
        var t = directory.findBySlug("acme").orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private <T> T inAcme(CurrentTenant acme, java.util.function.Supplier<T> work) {
        return TenantContext.call(acme, () -> transactions.execute(s -> work.get()));
    }
}
