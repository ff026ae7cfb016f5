package app.lexdesk.core.matters;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.contracts.ContractQuery;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractSummary;
import app.lexdesk.core.contracts.OpenContract;
import app.lexdesk.core.matters.RecordFilter.Assignee;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The back-office lists' filters (status, assignee, origin, search), in the core and per tenant. */
@CoreIntegrationTest
class RecordListsIT {

    @Autowired MatterService matters;
    @Autowired ContractService contracts;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    /** A word only this test's records carry, so records of other tests never count. */
    final String tag = "lists" + UUID.randomUUID().toString().substring(0, 8);
    UUID lawyer;
    UUID admin;
    UUID requester;

    @BeforeEach
    void records() {
        lawyer = inAcme(() -> person("lawyer@acme.test"));
        admin = inAcme(() -> person("admin@acme.test"));
        requester = inAcme(() -> person("requester@client.test"));
        inAcme(() -> {
            open("Share deal " + tag, "CORPORATE", Origin.PORTAL);
            open("Lease dispute " + tag, "LITIGATION", Origin.PORTAL);
            open("Trademark watch " + tag, "IP", Origin.INTERNAL);
            open("Board minutes " + tag, "CORPORATE", Origin.INTERNAL);
            contracts.open(new OpenContract("Supply " + tag, "", "SUPPLY", "Initech SA", Origin.PORTAL, requester,
                    null, null, "test"));
            contracts.open(new OpenContract("Services " + tag, "", "SERVICES", "Umbrella SARL", Origin.INTERNAL, null,
                    null, null, "test"));
            return null;
        });
        // Workflow moves and assignment come with the workspace; set them here as it will.
        inAcme(() -> {
            jdbc.update("update matter set assignee_id = ? where title = ?", lawyer, "Share deal " + tag);
            jdbc.update("update matter set assignee_id = ?, status = 'IN_PROGRESS' where title = ?", admin,
                    "Lease dispute " + tag);
            jdbc.update("update contract set assignee_id = ?, status = 'IN_REVIEW' where title = ?", lawyer,
                    "Supply " + tag);
            return null;
        });
    }

    @Test
    void matters_filter_by_status_assignee_origin_and_board() {
        inAcme(() -> {
            assertThat(titles(matter(null, filter(Set.of(), Assignee.ANYONE, null)))).hasSize(4);
            assertThat(titles(matter(null, filter(Set.of("IN_PROGRESS"), Assignee.ANYONE, null))))
                    .containsExactly("Lease dispute " + tag);
            assertThat(titles(matter(null, filter(Set.of(), Assignee.person(lawyer), null))))
                    .containsExactly("Share deal " + tag);
            assertThat(titles(matter(null, filter(Set.of(), Assignee.NOBODY, null))))
                    .containsExactlyInAnyOrder("Trademark watch " + tag, "Board minutes " + tag);
            assertThat(titles(matter("CORPORATE", filter(Set.of("NEW"), Assignee.NOBODY, Origin.INTERNAL))))
                    .containsExactly("Board minutes " + tag);
            assertThat(matters.count(new MatterQuery(null, filter(Set.of("NEW", "IN_PROGRESS"), Assignee.ANYONE,
                    Origin.PORTAL)))).isEqualTo(2);
            MatterSummary assigned = matter(null, filter(Set.of(), Assignee.person(admin), null)).get(0);
            assertThat(assigned.assigneeName()).isEqualTo(name(admin));
            assertThat(matters.statuses()).contains("NEW", "IN_PROGRESS");
            assertThat(matters.assignees()).extracting(PersonName::id).contains(lawyer, admin);
            return null;
        });
    }

    @Test
    void contracts_filter_alike_and_search_their_parties_and_requester() {
        inAcme(() -> {
            RecordFilter any = filter(Set.of(), Assignee.ANYONE, null);
            assertThat(contractTitles(new ContractQuery(null, any))).hasSize(2);
            assertThat(contractTitles(new ContractQuery(null, filter(Set.of("IN_REVIEW"), Assignee.ANYONE, null))))
                    .containsExactly("Supply " + tag);
            assertThat(contractTitles(new ContractQuery(null, filter(Set.of(), Assignee.NOBODY, null))))
                    .containsExactly("Services " + tag);
            assertThat(contractTitles(new ContractQuery("SERVICES", any))).containsExactly("Services " + tag);
            assertThat(contractTitles(new ContractQuery(null, any.withSearch("umbrella"))))
                    .contains("Services " + tag).doesNotContain("Supply " + tag);
            assertThat(contractTitles(new ContractQuery(null, any.withSearch("moreau"))))
                    .as("the requester's name is searched too").contains("Supply " + tag)
                    .doesNotContain("Services " + tag);
            ContractSummary supply = contracts.find(new ContractQuery(null, filter(Set.of("IN_REVIEW"),
                    Assignee.person(lawyer), Origin.PORTAL)), 0, 50, Sort.unsorted()).get(0);
            assertThat(supply.assigneeName()).isEqualTo(name(lawyer));
            assertThat(contracts.statuses()).contains("NEW", "IN_REVIEW");
            assertThat(contracts.assignees()).extracting(PersonName::id).contains(lawyer);
            return null;
        });
    }

    @Test
    void another_tenants_lists_see_none_of_it_even_when_filtering_on_this_tenants_people() {
        inGlobex(() -> {
            assertThat(matters.find(new MatterQuery(null, RecordFilter.none().withSearch(tag)), 0, 50, Sort.unsorted()))
                    .isEmpty();
            assertThat(matters.count(new MatterQuery(null, filter(Set.of(), Assignee.person(lawyer), null))))
                    .isZero();
            assertThat(matters.assignees()).extracting(PersonName::id).doesNotContain(lawyer, admin);
            assertThat(contracts.count(new ContractQuery(null, RecordFilter.none().withSearch(tag)))).isZero();
            assertThat(contracts.assignees()).extracting(PersonName::id).doesNotContain(lawyer);
            assertThat(matters.statuses()).doesNotContain("IN_PROGRESS");
            return null;
        });
    }

    private RecordFilter filter(Set<String> statuses, Assignee assignee, Origin origin) {
        return new RecordFilter(tag, origin, statuses, assignee);
    }

    private List<MatterSummary> matter(String board, RecordFilter filter) {
        List<MatterSummary> rows = matters.find(new MatterQuery(board, filter), 0, 50, Sort.unsorted());
        assertThat(matters.count(new MatterQuery(board, filter))).isEqualTo(rows.size());
        return rows;
    }

    private static List<String> titles(List<MatterSummary> rows) {
        return rows.stream().map(MatterSummary::title).toList();
    }

    private List<String> contractTitles(ContractQuery query) {
        List<ContractSummary> rows = contracts.find(query, 0, 50, Sort.unsorted());
        assertThat(contracts.count(query)).isEqualTo(rows.size());
        return rows.stream().map(ContractSummary::title).toList();
    }

    private void open(String title, String board, Origin origin) {
        matters.open(new OpenMatter(title, "", board, origin, origin == Origin.PORTAL ? requester : null, null, null,
                "test"));
    }

    private UUID person(String email) {
        return jdbc.queryForObject("select id from person where email = ?", UUID.class, email);
    }

    private String name(UUID person) {
        return jdbc.queryForObject("select first_name || ' ' || last_name from person where id = ?", String.class,
                person);
    }

    private <T> T inAcme(Supplier<T> work) {
        var t = directory.findBySlug("acme").orElseThrow();
        return TenantContext.call(new CurrentTenant(t.id(), t.slug()), () -> transactions.execute(s -> work.get()));
    }

    private <T> T inGlobex(Supplier<T> work) {
        var t = directory.findBySlug("globex").orElseThrow();
        return TenantContext.call(new CurrentTenant(t.id(), t.slug()), () -> transactions.execute(s -> work.get()));
    }
}
