package app.lexdesk.core.matters;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.contracts.ContractQuery;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractSummary;
import app.lexdesk.core.contracts.OpenContract;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.PersonName;
import app.lexdesk.core.records.RecordFilter;
import app.lexdesk.core.records.RecordFilter.Assignee;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.core.testing.EventListeners;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
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
    final ApiClient api = new ApiClient(DevServices.forTests());

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
            assertThat(contracts.statuses()).contains("REQUESTED", "IN_REVIEW");
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

    @Test
    void the_lists_and_board_moves_work_over_the_api_for_staff_only() {
        String lawyerToken = api.token("lawyer@acme.test", "openid organization");
        JsonNode mine = ApiClient.json(api.get("/api/v1/matters?q=" + tag + "&assignee=me", lawyerToken).body());
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("title").asText()).isEqualTo("Share deal " + tag);
        JsonNode inProgress = ApiClient.json(api.get("/api/v1/matters?q=" + tag + "&status=IN_PROGRESS&status=CLOSED",
                lawyerToken).body());
        assertThat(inProgress.get("items").get(0).get("title").asText()).isEqualTo("Lease dispute " + tag);
        assertThat(inProgress.get("total").asLong()).isEqualTo(1);
        JsonNode corporate = ApiClient.json(api.get("/api/v1/matters?board=CORPORATE&assignee=none&origin=internal&q="
                + tag, lawyerToken).body());
        assertThat(corporate.get("items")).hasSize(1);
        assertThat(corporate.get("items").get(0).get("title").asText()).isEqualTo("Board minutes " + tag);
        JsonNode unassignedContracts = ApiClient.json(api.get("/api/v1/contracts?assignee=none&q=" + tag,
                lawyerToken).body());
        assertThat(unassignedContracts.get("items").get(0).get("title").asText()).isEqualTo("Services " + tag);
        assertThat(unassignedContracts.get("total").asLong()).isEqualTo(1);

        assertBadParameter(api.get("/api/v1/matters?assignee=someone", lawyerToken), "assignee");
        assertBadParameter(api.get("/api/v1/matters?sort=password", lawyerToken), "sort");
        assertBadParameter(api.get("/api/v1/matters?board=NOPE", lawyerToken), "board");
        assertBadParameter(api.get("/api/v1/matters?origin=email", lawyerToken), "origin");
        assertBadParameter(api.get("/api/v1/contracts?size=5000", lawyerToken), "size");

        String reference = mine.get("items").get(0).get("reference").asText();
        HttpResponse<String> moved = api.put("/api/v1/matters/" + reference + "/board", lawyerToken, "{\"board\":\"IP\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(ApiClient.json(moved.body()).get("board").asText()).isEqualTo("IP");
        EventListeners.awaitCompletion(jdbc);
        assertThat(inAcme(() -> jdbc.queryForObject("select count(*) from activity a join matter m on m.id = a.record_id"
                + " where m.reference = ? and a.action = 'matter.moved'", Long.class, reference))).isEqualTo(1);
        assertBadParameter(api.put("/api/v1/matters/" + reference + "/board", lawyerToken, "{\"board\":\"NOPE\"}"),
                "board");

        assertBadParameter(api.get("/api/v1/matters?page=abc", lawyerToken), "page");
        assertBadParameter(api.get("/api/v1/matters?page=2147483647&size=200", lawyerToken), "page");
        String contract = unassignedContracts.get("items").get(0).get("reference").asText();
        assertThat(api.get("/api/v1/contracts/" + contract, lawyerToken).statusCode()).isEqualTo(200);

        String requesterToken = api.token("requester@client.test", "openid organization");
        for (String staffOnly : List.of("/api/v1/matters", "/api/v1/contracts", "/api/v1/boards",
                "/api/v1/contract-types", "/api/v1/matters/" + reference, "/api/v1/contracts/" + contract)) {
            HttpResponse<String> refused = api.get(staffOnly, requesterToken);
            assertThat(refused.statusCode()).as(staffOnly).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
        assertThat(api.put("/api/v1/matters/" + reference + "/board", requesterToken, "{\"board\":\"LITIGATION\"}")
                .statusCode()).isEqualTo(403);

        String globexToken = api.token("lawyer@globex.test", "openid organization");
        assertThat(api.get("/api/v1/matters/" + reference, globexToken).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/contracts/" + contract, globexToken).statusCode()).isEqualTo(404);
        assertThat(api.put("/api/v1/matters/" + reference + "/board", globexToken, "{\"board\":\"LITIGATION\"}")
                .statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(api.get("/api/v1/matters?q=" + tag, globexToken).body()).get("total").asLong())
                .isZero();
        assertThat(inAcme(() -> jdbc.queryForObject("select category_code from matter where reference = ?",
                String.class, reference))).isEqualTo("IP");
    }

    private static void assertBadParameter(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(ApiClient.json(response.body()).get("errors").get(0).get("field").asText()).isEqualTo(field);
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
        return TenantContext.callAsPlatformWork(new CurrentTenant(t.id(), t.slug()),
                () -> transactions.execute(s -> work.get()));
    }

    private <T> T inGlobex(Supplier<T> work) {
        var t = directory.findBySlug("globex").orElseThrow();
        return TenantContext.callAsPlatformWork(new CurrentTenant(t.id(), t.slug()),
                () -> transactions.execute(s -> work.get()));
    }
}
