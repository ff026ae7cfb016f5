package app.lexdesk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.events.internal.IncompletePublicationRetry;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.matters.MatterDetails;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.OpenMatter;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.testing.EventListeners;
import app.lexdesk.infra.DevServices;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/** The features publish domain events; activity records them after commit, and none is lost when it fails. */
@CoreIntegrationTest
class ActivityEventsIT {

    @Autowired IntakeService intake;
    @Autowired MatterService matters;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired IncompleteEventPublications incomplete;

    CurrentTenant acme;

    @BeforeEach
    void tenant() {
        var t = directory.findBySlug("acme").orElseThrow();
        acme = new CurrentTenant(t.id(), t.slug());
        EventListeners.awaitCompletion(jdbc);
    }

    @Test
    void a_submission_is_recorded_as_submitted_and_opened_for_the_requester_and_classified_for_staff_only() {
        String reference = as("requester@client.test", Role.PORTAL_USER, () -> intake.submit(new SubmitRequest(
                "other-legal-question", "Lettre recommandée de notre bailleur", "", Map.of(), "fr", null, List.of())))
                .reference();
        UUID requester = person("requester@client.test");
        UUID request = inAcme(() -> jdbc.queryForObject("select id from request where reference = ?", UUID.class,
                reference));
        UUID matter = inAcme(() -> jdbc.queryForObject("select id from matter where request_id = ?", UUID.class,
                request));

        EventListeners.awaitCompletion(jdbc);

        List<Map<String, Object>> onRequest = entries(request);
        assertThat(onRequest).extracting(e -> e.get("action"), e -> e.get("visible_to_portal"), e -> e.get("actor_id"))
                .containsExactly(tuple("request.submitted", true, requester));
        assertThat(onRequest.get(0).get("after").toString()).contains("\"" + reference + "\"")
                .contains("\"other-legal-question\"");
        List<Map<String, Object>> onMatter = entries(matter);
        assertThat(onMatter).extracting(e -> e.get("action"), e -> e.get("visible_to_portal"), e -> e.get("actor_id"))
                .containsExactlyInAnyOrder(tuple("matter.opened", true, requester),
                        tuple("matter.classified", false, requester));
        assertThat(onMatter).filteredOn(e -> e.get("action").equals("matter.classified"))
                .extracting(e -> e.get("after").toString()).singleElement().asString().contains("\"board\"")
                .contains("\"reason\"");
    }

    @Test
    void a_board_move_is_recorded_with_before_after_and_the_lawyer_as_actor_for_staff_only() {
        MatterDetails opened = inAcme(() -> matters.open(new OpenMatter("Move me", "", "CORPORATE", Origin.INTERNAL,
                null, null, null, "test")));
        as("lawyer@acme.test", Role.LEGAL_STAFF, () -> matters.moveToBoard(opened.reference(), "IP"));

        EventListeners.awaitCompletion(jdbc);

        Map<String, Object> moved = inAcme(() -> jdbc.queryForMap("select actor_id, visible_to_portal, "
                + "before ->> 'board' as before, after ->> 'board' as after from activity "
                + "where record_id = ? and action = 'matter.moved'", opened.id()));
        assertThat(moved).containsEntry("actor_id", person("lawyer@acme.test")).containsEntry("visible_to_portal", false)
                .containsEntry("before", "CORPORATE").containsEntry("after", "IP");
        assertThat(inAcme(() -> jdbc.queryForObject("select actor_id from activity where record_id = ? "
                + "and action = 'matter.opened'", UUID.class, opened.id()))).as("platform work has no actor").isNull();
    }

    @Test
    void an_event_whose_listener_fails_stays_incomplete_and_is_recorded_once_published_again() {
        JdbcTemplate owner = owner();
        MatterDetails opened;
        owner.execute("revoke insert on activity from lexdesk_app");
        try {
            opened = inAcme(() -> matters.open(new OpenMatter("Listener down", "", "CORPORATE", Origin.INTERNAL,
                    null, null, null, "test")));
            // The matter committed; its activity cannot be written: the publication stays in the registry.
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> incompleteFor(opened.id()) == 1);
            assertThat(entries(opened.id())).isEmpty();
            assertThat(inAcme(() -> jdbc.queryForObject("select count(*) from matter where id = ?", Long.class,
                    opened.id()))).isEqualTo(1);
        } finally {
            owner.execute("grant insert on activity to lexdesk_app");
        }

        // What the scheduled retry does once a publication is old enough (here: at once).
        new IncompletePublicationRetry(incomplete, Duration.ZERO).retry();
        EventListeners.awaitCompletion(jdbc);

        assertThat(entries(opened.id())).extracting(e -> e.get("action"))
                .containsExactlyInAnyOrder("matter.opened", "matter.classified");
        assertThat(incompleteFor(opened.id())).isZero();
    }

    private long incompleteFor(UUID recordId) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and serialized_event like ?", Long.class, "%" + recordId + "%");
    }

    private List<Map<String, Object>> entries(UUID recordId) {
        return inAcme(() -> jdbc.queryForList("select action, actor_id, visible_to_portal, after::text as after "
                + "from activity where record_id = ? order by at, action", recordId));
    }

    private static JdbcTemplate owner() {
        Map<String, String> p = DevServices.forTests().applicationProperties();
        return new JdbcTemplate(new DriverManagerDataSource(p.get("spring.datasource.url"),
                p.get("spring.flyway.user"), p.get("spring.flyway.password")));
    }

    private UUID person(String email) {
        return inAcme(() -> jdbc.queryForObject("select id from person where email = ?", UUID.class, email));
    }

    private <T> T as(String email, Role role, Supplier<T> work) {
        TenantMember member = new TenantMember(acme, "ACME Legal", person(email), email, email, Set.of(role));
        try (var ignored = TenantContext.open(member)) {
            return work.get();
        }
    }

    private <T> T inAcme(Supplier<T> work) {
        return TenantContext.call(acme, () -> transactions.execute(s -> work.get()));
    }
}
