package app.lexdesk.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.matters.MatterQuery;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.MatterSummary;
import app.lexdesk.core.records.RecordFilter;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.HeadlessBrowser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.vaadin.flow.server.VaadinServlet;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.catalina.Context;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark (profile {@code bench}, never part of {@code verify}): the live heap one back-office session holds on a
 * matter's page, measured as Vaadin's capacity guide does: N real sessions (each a Keycloak login of the lawyer in a
 * fresh browser profile, then the record page rendered), a full GC before and after, the difference in heap used
 * divided by N. The pages stay open while the heap is measured, so each session still holds its UI.
 *
 * <p>Prints whether Vaadin ran in production mode: the goal (300 KiB per session) is about production mode, which
 * needs the production profile's frontend build ({@code -Pbench,production}); under {@code -Pbench} alone the
 * application runs in dev mode, and the number says so. {@code -Dbench.sessions} sets N.
 */
@UiIntegrationTest
class RecordPageHeapBenchmark {

    static final int SESSIONS = Integer.getInteger("bench.sessions", 30);
    static final int WARMUP = 3;
    static final long GOAL_BYTES = 300 * 1024;

    @RegisterExtension
    static final HeadlessBrowser browser = new HeadlessBrowser();

    @Autowired IntakeService intake;
    @Autowired MatterService matters;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ServletWebServerApplicationContext context;

    final String app = DevServices.forTests().appUrl();

    @Test
    void live_heap_per_session_on_the_record_page() throws Exception {
        String reference = portalMatter();
        String url = app + "/t/acme/app/matter/" + reference;
        List<Page> pages = new ArrayList<>();
        try {
            // Classes loaded, caches filled, JIT warm: none of that is a session's.
            for (int i = 0; i < WARMUP; i++) {
                pages.add(openRecordPage(url));
            }
            int before = activeSessions();
            long heapBefore = usedAfterFullGc();
            for (int i = 0; i < SESSIONS; i++) {
                pages.add(openRecordPage(url));
            }
            long heapAfter = usedAfterFullGc();
            int after = activeSessions();
            long perSession = (heapAfter - heapBefore) / SESSIONS;
            boolean production = productionMode();
            System.out.printf("%nBENCH record page %s: %d sessions (HTTP sessions %d -> %d), heap used after full GC "
                    + "%,d -> %,d bytes: %,d bytes = %.0f KiB per session (goal <= %d KiB in production mode): %s%n%n",
                    production ? "in PRODUCTION mode" : "in DEV MODE (not production: run with -Pbench,production)",
                    SESSIONS, before, after, heapBefore, heapAfter, perSession, perSession / 1024.0,
                    GOAL_BYTES / 1024, !production ? "not comparable" : perSession <= GOAL_BYTES ? "ok" : "MISS");
            Assertions.assertThat(after - before).isGreaterThanOrEqualTo(SESSIONS);
        } finally {
            for (Page page : pages) {
                page.context().close();
            }
        }
    }

    private Page openRecordPage(String url) {
        Page page = browser.newPage("en-GB");
        List<String> console = new ArrayList<>();
        page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                console.add(response.status() + " " + response.url());
            }
        });
        page.onRequestFailed(request -> console.add("failed " + request.url() + " " + request.failure()));
        page.onPageError(error -> console.add("page error: " + error));
        page.navigate(url);
        HeadlessBrowser.logIn(page, "lawyer@acme.test");
        try {
            assertThat(page.locator("#matter-title")).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(15_000));
            assertThat(page.locator("#request-details")).isVisible();
        } catch (AssertionError e) {
            String html = page.content();
            throw new IllegalStateException("BENCH the record page did not render at " + page.url() + "; console: "
                    + console + "; page: " + html.substring(0, Math.min(3000, html.length())), e);
        }
        return page;
    }

    /** Whether the application's Vaadin servlet runs in production mode. */
    private boolean productionMode() {
        return context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet).filter(VaadinServlet.class::isInstance)
                .map(servlet -> ((VaadinServlet) servlet).getService().getDeploymentConfiguration().isProductionMode())
                .findFirst().orElseThrow();
    }

    /** Sessions Tomcat holds now. */
    private int activeSessions() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager().getActiveSessions();
    }

    private static long usedAfterFullGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A portal request as the requester submits it, with its matter: the page every session opens. */
    private String portalMatter() {
        var t = directory.findBySlug("acme").orElseThrow();
        CurrentTenant acme = new CurrentTenant(t.id(), t.slug());
        String subject = "Mise en demeure du bailleur " + UUID.randomUUID();
        as(acme, "requester@client.test", Role.PORTAL_USER, () -> intake.submit(new SubmitRequest(
                "other-legal-question", subject, "Reçue hier par courrier recommandé.", Map.of(), "fr", null,
                List.of())));
        List<MatterSummary> found = as(acme, "lawyer@acme.test", Role.LEGAL_STAFF, () -> matters.find(
                new MatterQuery(null, RecordFilter.none().withSearch(subject)), 0, 1, Sort.unsorted()));
        return found.get(0).reference();
    }

    private <T> T as(CurrentTenant tenant, String email, Role role, Supplier<T> work) {
        UUID person = TenantContext.call(tenant, () -> transactions.execute(s -> jdbc.queryForObject(
                "select id from person where email = ?", UUID.class, email)));
        TenantMember member = new TenantMember(tenant, "ACME Legal", person, email, email, Set.of(role));
        try (var ignored = TenantContext.open(member)) {
            return work.get();
        }
    }
}
