package app.lexdesk.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.OpenContract;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.OpenMatter;
import app.lexdesk.core.records.RecordFilter.Assignee;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.testing.EventListeners;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** What the back office's home reads (my work, the triage queue, counts per board and status), per tenant. */
@CoreIntegrationTest
class HomeOverviewIT {

    static final Sort BY_DUE_THEN_UPDATED = Sort.by(Sort.Order.asc("dueDate"), Sort.Order.desc("updatedAt"));
    static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt");

    @Autowired MatterService matters;
    @Autowired ContractService contracts;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    final String tag = "home" + UUID.randomUUID().toString().substring(0, 8);

    /** The records opened here publish events whose listeners run after commit: leave none running for the next test. */
    @AfterEach
    void listenersDone() {
        EventListeners.awaitCompletion(jdbc);
    }

    @Test
    void counts_per_board_and_status_match_the_tables_and_change_by_exactly_what_was_opened() {
        List<StatusCount> acmeBefore = inAcme(matters::countsByBoardAndStatus);
        List<StatusCount> contractsBefore = inAcme(contracts::countsByStatus);
        List<StatusCount> globexBefore = inGlobex(matters::countsByBoardAndStatus);
        List<StatusCount> globexContractsBefore = inGlobex(contracts::countsByStatus);
        inAcme(() -> {
            open("Lease " + tag, "LITIGATION", Origin.PORTAL);
            open("Notice " + tag, "LITIGATION", Origin.INTERNAL);
            open("Shares " + tag, "CORPORATE", Origin.INTERNAL);
            contracts.open(new OpenContract("Supply " + tag, "", "SUPPLY", "Initech", Origin.PORTAL, null, null, null,
                    "test"));
            return null;
        });
        // Workflow moves come with the record page; set the status as it will (after the inserts are flushed).
        inAcme(() -> jdbc.update("update matter set status = 'IN_PROGRESS' where title = ?", "Notice " + tag));

        List<StatusCount> acmeAfter = inAcme(matters::countsByBoardAndStatus);
        assertThat(difference(acmeAfter, acmeBefore)).isEqualTo(Map.of("LITIGATION/NEW", 1L,
                "LITIGATION/IN_PROGRESS", 1L, "CORPORATE/NEW", 1L));
        assertThat(difference(inAcme(contracts::countsByStatus), contractsBefore)).isEqualTo(Map.of("null/REQUESTED", 1L));
        UUID acme = tenant("acme").id();
        assertThat(keyed(acmeAfter)).as("the counts are the table's, grouped").isEqualTo(keyed(inAcme(() -> table(acme))));

        assertThat(inGlobex(matters::countsByBoardAndStatus)).as("another tenant's counts do not move")
                .containsExactlyInAnyOrderElementsOf(globexBefore);
        assertThat(inGlobex(contracts::countsByStatus)).containsExactlyInAnyOrderElementsOf(globexContractsBefore);
        UUID globex = tenant("globex").id();
        assertThat(keyed(inGlobex(matters::countsByBoardAndStatus))).isEqualTo(keyed(inGlobex(() -> table(globex))));
    }

    @Test
    void my_work_is_what_is_assigned_to_me_soonest_due_first_then_last_updated_and_only_in_my_tenant() {
        UUID lawyer = inAcme(() -> person("lawyer@acme.test"));
        inAcme(() -> {
            open("Later " + tag, "CORPORATE", Origin.INTERNAL);
            open("Soon " + tag, "LITIGATION", Origin.PORTAL);
            open("Undated old " + tag, "IP", Origin.INTERNAL);
            open("Undated fresh " + tag, "IP", Origin.INTERNAL);
            open("Someone else's " + tag, "IP", Origin.INTERNAL);
            contracts.open(new OpenContract("Contract soonest " + tag, "", "NDA", "Initech", Origin.INTERNAL, null,
                    null, null, "test"));
            return null;
        });
        inAcme(() -> {
            jdbc.update("update matter set assignee_id = ?, due_date = ? where title = ?", lawyer,
                    LocalDate.of(2031, 6, 1), "Later " + tag);
            jdbc.update("update matter set assignee_id = ?, due_date = ? where title = ?", lawyer,
                    LocalDate.of(2031, 1, 15), "Soon " + tag);
            jdbc.update("update matter set assignee_id = ?, updated_at = now() - interval '2 days' where title = ?",
                    lawyer, "Undated old " + tag);
            jdbc.update("update matter set assignee_id = ?, updated_at = now() where title = ?", lawyer,
                    "Undated fresh " + tag);
            jdbc.update("update contract set assignee_id = ?, due_date = ? where title = ?", lawyer,
                    LocalDate.of(2030, 12, 1), "Contract soonest " + tag);
            return null;
        });
        RecordFilter mine = new RecordFilter(tag, null, Set.of(), Assignee.person(lawyer));
        assertThat(inAcme(() -> matters.workItems(mine, BY_DUE_THEN_UPDATED, 10))).extracting(WorkItem::title)
                .containsExactly("Soon " + tag, "Later " + tag, "Undated fresh " + tag, "Undated old " + tag);
        List<WorkItem> contractWork = inAcme(() -> contracts.workItems(mine, BY_DUE_THEN_UPDATED, 10));
        assertThat(contractWork).extracting(WorkItem::title, WorkItem::kind, WorkItem::dueDate)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Contract soonest " + tag, RecordKind.CONTRACT,
                        LocalDate.of(2030, 12, 1)));
        assertThat(inAcme(() -> matters.workItems(mine, BY_DUE_THEN_UPDATED, 2))).hasSize(2);
        assertThat(inGlobex(() -> matters.workItems(mine, BY_DUE_THEN_UPDATED, 10))).isEmpty();
        assertThat(inGlobex(() -> contracts.workItems(mine, BY_DUE_THEN_UPDATED, 10))).isEmpty();
    }

    @Test
    void the_triage_queue_is_unassigned_portal_records_newest_first_and_staff_only() {
        UUID lawyer = inAcme(() -> person("lawyer@acme.test"));
        inAcme(() -> {
            open("First in " + tag, "LITIGATION", Origin.PORTAL);
            open("Picked up " + tag, "LITIGATION", Origin.PORTAL);
            open("Internal " + tag, "CORPORATE", Origin.INTERNAL);
            open("Last in " + tag, "IP", Origin.PORTAL);
            return null;
        });
        inAcme(() -> {
            jdbc.update("update matter set created_at = now() - interval '1 hour' where title = ?", "First in " + tag);
            jdbc.update("update matter set assignee_id = ? where title = ?", lawyer, "Picked up " + tag);
            return null;
        });
        RecordFilter triage = new RecordFilter(tag, Origin.PORTAL, Set.of(), Assignee.NOBODY);
        assertThat(inAcme(() -> matters.workItems(triage, NEWEST_FIRST, 10))).extracting(WorkItem::title)
                .containsExactly("Last in " + tag, "First in " + tag);
        assertThat(inGlobex(() -> matters.workItems(triage, NEWEST_FIRST, 10))).isEmpty();

        CurrentTenant acme = new CurrentTenant(tenant("acme").id(), "acme");
        TenantMember requester = new TenantMember(acme, "ACME Legal", inAcme(() -> person("requester@client.test")),
                "requester@client.test", "Rachel Moreau", Set.of(Role.PORTAL_USER));
        try (TenantContext.Scope ignored = TenantContext.open(requester)) {
            assertThatThrownBy(() -> matters.workItems(triage, NEWEST_FIRST, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(matters::countsByBoardAndStatus).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(contracts::countsByStatus).isInstanceOf(AccessDeniedException.class);
        }
    }

    private List<StatusCount> table(UUID tenant) {
        return jdbc.query("select category_code, status, count(*) from matter where tenant_id = ? group by 1, 2",
                (rs, i) -> new StatusCount(rs.getString(1), rs.getString(2), rs.getLong(3)), tenant);
    }

    private static Map<String, Long> keyed(List<StatusCount> counts) {
        Map<String, Long> keyed = new HashMap<>();
        counts.forEach(c -> keyed.merge(c.group() + "/" + c.status(), c.count(), Long::sum));
        return keyed;
    }

    private static Map<String, Long> difference(List<StatusCount> after, List<StatusCount> before) {
        Map<String, Long> difference = keyed(after);
        keyed(before).forEach((k, v) -> difference.merge(k, -v, Long::sum));
        difference.values().removeIf(v -> v == 0);
        return difference;
    }

    private void open(String title, String board, Origin origin) {
        matters.open(new OpenMatter(title, "", board, origin, null, null, null, "test"));
    }

    private UUID person(String email) {
        return jdbc.queryForObject("select id from person where email = ?", UUID.class, email);
    }

    private app.lexdesk.core.tenancy.TenantSummary tenant(String slug) {
        return directory.findBySlug(slug).orElseThrow();
    }

    private <T> T inAcme(Supplier<T> work) {
        return in("acme", work);
    }

    private <T> T inGlobex(Supplier<T> work) {
        return in("globex", work);
    }

    private <T> T in(String slug, Supplier<T> work) {
        var t = tenant(slug);
        return TenantContext.callAsPlatformWork(new CurrentTenant(t.id(), t.slug()),
                () -> transactions.execute(s -> work.get()));
    }
}
