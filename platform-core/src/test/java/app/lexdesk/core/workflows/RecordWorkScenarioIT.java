package app.lexdesk.core.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.matters.MatterDetails;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.OpenMatter;
import app.lexdesk.core.notes.AddNote;
import app.lexdesk.core.notes.NoteAdded;
import app.lexdesk.core.notes.NoteService;
import app.lexdesk.core.notes.NoteVisibility;
import app.lexdesk.core.records.AssigneeChanged;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.RecordHeader;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.core.records.StatusChanged;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lawyer's first minutes on a portal matter as flows of Spring Modulith {@link Scenario}s: each change is
 * stimulated through its service, its event must arrive with the facts the notifications issue will rely on, and
 * its activity entry must appear once the listener ran after commit.
 */
@CoreIntegrationTest
@EnableScenarios
class RecordWorkScenarioIT {

    @Autowired RecordWorkService work;
    @Autowired MatterService matters;
    @Autowired NoteService notes;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    CurrentTenant acme;
    TenantMember lawyer;

    @BeforeEach
    void lawyer() {
        var tenant = directory.findBySlug("acme").orElseThrow();
        acme = new CurrentTenant(tenant.id(), tenant.slug());
        UUID person = inAcme(() -> jdbc.queryForObject("select id from person where email = 'lawyer@acme.test'",
                UUID.class));
        lawyer = new TenantMember(acme, "ACME Legal", person, "lawyer@acme.test", "Louis Durand",
                Set.of(Role.LEGAL_STAFF));
    }

    @Test
    void assigning_herself_publishes_the_assignee_change_and_records_it(Scenario scenario) {
        MatterDetails matter = portalMatter("Scenario: who takes it");
        try (var ignored = TenantContext.open(lawyer)) {
            scenario.stimulate(() -> work.assign(RecordKind.MATTER, matter.reference(), matter.version(),
                            lawyer.personId()))
                    .andWaitAtMost(Duration.ofSeconds(20))
                    .andWaitForEventOfType(AssigneeChanged.class)
                    .matchingMappedValue(AssigneeChanged::recordId, matter.id())
                    .toArriveAndVerify((event, header) -> {
                        assertThat(event.tenant()).isEqualTo(acme);
                        assertThat(event.actorId()).isEqualTo(lawyer.personId());
                        assertThat(event.beforeId()).isNull();
                        assertThat(event.afterName()).isEqualTo("Louis Durand");
                        assertThat(header.assigneeId()).isEqualTo(lawyer.personId());
                    });
        }
        assertThat(activityOf(matter.id())).contains("matter.assigned");
    }

    @Test
    void moving_to_in_review_publishes_a_visible_status_change_and_its_activity_appears_after_commit(
            Scenario scenario) {
        MatterDetails matter = portalMatter("Scenario: start the review");
        try (var ignored = TenantContext.open(lawyer)) {
            scenario.stimulate(() -> work.transition(RecordKind.MATTER, matter.reference(), matter.version(),
                            "IN_REVIEW"))
                    .andWaitAtMost(Duration.ofSeconds(20))
                    .andWaitForStateChange(() -> activityOf(matter.id()),
                            actions -> actions.contains("matter.status-changed"))
                    .andVerifyEvents(events -> assertThat(events.ofType(StatusChanged.class)
                            .matching(StatusChanged::recordId, matter.id()))
                            .singleElement()
                            .satisfies(event -> {
                                assertThat(event.before()).isEqualTo("NEW");
                                assertThat(event.after()).isEqualTo("IN_REVIEW");
                                assertThat(event.visibleToRequester()).isTrue();
                            }));
        }
    }

    @Test
    void an_internal_note_publishes_an_event_the_requester_may_not_see(Scenario scenario) {
        MatterDetails matter = portalMatter("Scenario: a note for the team");
        try (var ignored = TenantContext.open(lawyer)) {
            scenario.stimulate(() -> notes.add(matter.id(), new AddNote("Check the limitation period.",
                            NoteVisibility.INTERNAL)))
                    .andWaitAtMost(Duration.ofSeconds(20))
                    .andWaitForEventOfType(NoteAdded.class)
                    .matchingMappedValue(NoteAdded::recordId, matter.id())
                    .toArriveAndVerify((event, note) -> {
                        assertThat(event.visibleToRequester()).isFalse();
                        assertThat(event.noteId()).isEqualTo(note.id());
                    });
        }
    }

    private MatterDetails portalMatter(String title) {
        return inAcme(() -> matters.open(new OpenMatter(title, "", "LITIGATION", Origin.PORTAL, null, null, null,
                "scenario")));
    }

    private List<String> activityOf(UUID record) {
        return inAcme(() -> jdbc.queryForList("select action from activity where record_id = ? order by at",
                String.class, record));
    }

    private <T> T inAcme(java.util.function.Supplier<T> work) {
        return TenantContext.call(acme, () -> transactions.execute(s -> work.get()));
    }
}
