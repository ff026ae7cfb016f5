package app.lexdesk.core.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.contracts.ContractDetails;
import app.lexdesk.core.contracts.ContractQuery;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractSummary;
import app.lexdesk.core.contracts.EditContractTerms;
import app.lexdesk.core.contracts.OpenContract;
import app.lexdesk.core.contracts.Party;
import app.lexdesk.core.contracts.PartyRole;
import app.lexdesk.core.intake.ClassificationSuggestion;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.matters.MatterDetails;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.OpenMatter;
import app.lexdesk.core.records.Change;
import app.lexdesk.core.records.EditRecord;
import app.lexdesk.core.records.InvalidRecordChangeException;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.Priority;
import app.lexdesk.core.records.RecordChangedException;
import app.lexdesk.core.records.RecordFilter;
import app.lexdesk.core.records.RecordHeader;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordNotFoundException;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.core.records.StatusCategory;
import app.lexdesk.core.records.TransitionRefusedException;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.testing.EventListeners;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The legal team works a record through the record core: workflow moves, assignment, edits, versions, events. */
@CoreIntegrationTest
class RecordWorkIT {

    @Autowired RecordWorkService work;
    @Autowired IntakeService intake;
    @Autowired WorkflowService workflows;
    @Autowired MatterService matters;
    @Autowired ContractService contracts;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    CurrentTenant acme;
    CurrentTenant globex;

    @BeforeEach
    void tenants() {
        acme = current("acme");
        globex = current("globex");
    }

    @Test
    void new_matters_and_contracts_start_in_their_workflows_initial_status() {
        assertThat(matter("Starts new").status()).isEqualTo("NEW");
        assertThat(contract("Starts requested").status()).isEqualTo("REQUESTED");
        RecordHeader header = as("lawyer@acme.test", Role.LEGAL_STAFF,
                () -> work.header(RecordKind.MATTER, matter("Moves").reference()).orElseThrow());
        assertThat(header.status().name(Locale.FRENCH)).isEqualTo("Nouveau");
        assertThat(header.transitions()).extracting(RecordStatus::code).containsExactly("IN_REVIEW");
    }

    @Test
    void a_status_move_is_published_and_recorded_as_visible_to_the_requester_with_the_lawyer_as_actor() {
        MatterDetails matter = matter("Move along");
        RecordHeader moved = as("lawyer@acme.test", Role.LEGAL_STAFF,
                () -> work.transition(RecordKind.MATTER, matter.reference(), matter.version(), "IN_REVIEW"));

        assertThat(moved.status().code()).isEqualTo("IN_REVIEW");
        assertThat(moved.version()).isEqualTo(matter.version() + 1);
        assertThat(moved.updatedByName()).isEqualTo("Louis Durand");
        EventListeners.awaitCompletion(jdbc);
        Map<String, Object> entry = inAcme(() -> jdbc.queryForMap("select actor_id, visible_to_portal, "
                + "before ->> 'status' as before, after ->> 'status' as after from activity where record_id = ? "
                + "and action = 'matter.status-changed'", matter.id()));
        assertThat(entry).containsEntry("actor_id", person("lawyer@acme.test"))
                .containsEntry("visible_to_portal", true).containsEntry("before", "NEW")
                .containsEntry("after", "IN_REVIEW");
    }

    @Test
    void a_move_the_workflow_does_not_allow_is_refused_and_changes_nothing() {
        MatterDetails matter = matter("No shortcut");
        assertThatThrownBy(() -> as("lawyer@acme.test", Role.LEGAL_STAFF,
                () -> work.transition(RecordKind.MATTER, matter.reference(), matter.version(), "CLOSED")))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("cannot move to CLOSED").hasMessageContaining("IN_REVIEW");
        assertThat(statusOf(matter.id())).isEqualTo("NEW");
    }

    @Test
    void assigning_records_the_assignees_name_for_the_requester_and_only_staff_can_be_assigned() {
        MatterDetails matter = matter("Who works on it");
        UUID lawyer = person("lawyer@acme.test");
        RecordHeader assigned = as("lawyer@acme.test", Role.LEGAL_STAFF,
                () -> work.assign(RecordKind.MATTER, matter.reference(), matter.version(), lawyer));
        assertThat(assigned.assigneeId()).isEqualTo(lawyer);
        assertThat(assigned.assigneeName()).isEqualTo("Louis Durand");

        assertThatThrownBy(() -> as("lawyer@acme.test", Role.LEGAL_STAFF, () -> work.assign(RecordKind.MATTER,
                matter.reference(), assigned.version(), person("requester@client.test"))))
                .isInstanceOf(InvalidRecordChangeException.class).hasMessageContaining("legal team");
        assertThatThrownBy(() -> as("requester@client.test", Role.PORTAL_USER, () -> work.assign(RecordKind.MATTER,
                matter.reference(), assigned.version(), null))).isInstanceOf(AccessDeniedException.class);

        EventListeners.awaitCompletion(jdbc);
        Map<String, Object> entry = inAcme(() -> jdbc.queryForMap("select visible_to_portal, "
                + "after ->> 'assignee' as after from activity where record_id = ? and action = 'matter.assigned'",
                matter.id()));
        assertThat(entry).containsEntry("visible_to_portal", true).containsEntry("after", "Louis Durand");
    }

    @Test
    void a_description_change_is_visible_to_the_requester_and_priority_and_due_date_are_not() {
        MatterDetails matter = matter("Edit me");
        as("lawyer@acme.test", Role.LEGAL_STAFF, () -> work.edit(RecordKind.MATTER, matter.reference(),
                matter.version(), new EditRecord(Change.to("What the client asks"), Change.to(Priority.HIGH),
                        Change.to(LocalDate.of(2027, 3, 1)))));

        EventListeners.awaitCompletion(jdbc);
        List<Map<String, Object>> entries = inAcme(() -> jdbc.queryForList("select visible_to_portal, "
                + "after::text as after from activity where record_id = ? and action = 'matter.updated' "
                + "order by visible_to_portal", matter.id()));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).containsEntry("visible_to_portal", false);
        assertThat(entries.get(0).get("after").toString()).contains("HIGH").contains("2027-03-01")
                .doesNotContain("description");
        assertThat(entries.get(1)).containsEntry("visible_to_portal", true);
        assertThat(entries.get(1).get("after").toString()).contains("What the client asks")
                .doesNotContain("priority");
        assertThat(inAcme(() -> jdbc.queryForMap("select priority, due_date::text as due, description from matter "
                + "where id = ?", matter.id()))).containsEntry("priority", "HIGH").containsEntry("due", "2027-03-01")
                .containsEntry("description", "What the client asks");
    }

    @Test
    void contract_terms_are_stored_and_recorded_for_staff_only_and_bad_terms_store_nothing() {
        ContractSummary opened = contract("Terms");
        ContractDetails edited = as("contracts@acme.test", Role.CONTRACT_MANAGER, () -> contracts.edit(
                opened.reference(), 0, EditRecord.none(), new EditContractTerms(null,
                        Change.to(List.of(new Party("Initech SA", PartyRole.COUNTERPARTY),
                                new Party("ACME SAS", PartyRole.OUR_ENTITY))),
                        Change.to(new BigDecimal("125000.50")), Change.to("EUR"), Change.to(LocalDate.of(2027, 1, 1)),
                        Change.to(LocalDate.of(2028, 12, 31)), null, Change.to(LocalDate.of(2028, 9, 30)))));
        assertThat(edited.terms().value()).isEqualByComparingTo("125000.50");
        assertThat(edited.terms().parties()).extracting(Party::role)
                .containsExactly(PartyRole.COUNTERPARTY, PartyRole.OUR_ENTITY);
        assertThat(edited.record().version()).isEqualTo(1);

        assertThatThrownBy(() -> new EditContractTerms(null, null, null, Change.to("EURO"), null, null, null, null))
                .isInstanceOf(InvalidRecordChangeException.class)
                .extracting(e -> ((InvalidRecordChangeException) e).field()).isEqualTo("currency");
        assertThatThrownBy(() -> as("contracts@acme.test", Role.CONTRACT_MANAGER, () -> contracts.edit(
                opened.reference(), 1, EditRecord.none(), new EditContractTerms(null, null, null, null, null,
                        Change.to(LocalDate.of(2026, 1, 1)), null, null))))
                .isInstanceOf(InvalidRecordChangeException.class)
                .extracting(e -> ((InvalidRecordChangeException) e).field()).isEqualTo("endDate");
        assertThat(inAcme(() -> jdbc.queryForObject("select end_date::text from contract where id = ?", String.class,
                opened.id()))).isEqualTo("2028-12-31");

        EventListeners.awaitCompletion(jdbc);
        Map<String, Object> entry = inAcme(() -> jdbc.queryForMap("select visible_to_portal, after::text as after "
                + "from activity where record_id = ? and action = 'contract.updated'", opened.id()));
        assertThat(entry).containsEntry("visible_to_portal", false);
        assertThat(entry.get("after").toString()).contains("125000.50").contains("EUR").contains("Initech SA");
    }

    @Test
    void contracts_are_listed_by_minimum_value_and_by_ending_within_ninety_days() {
        String tag = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now();
        ContractSummary soon = contract("Ends soon " + tag);
        ContractSummary later = contract("Ends later " + tag);
        as("contracts@acme.test", Role.CONTRACT_MANAGER, () -> contracts.edit(soon.reference(), 0, EditRecord.none(),
                new EditContractTerms(null, null, Change.to(new BigDecimal("5000")), Change.to("EUR"), null,
                        Change.to(today.plusDays(30)), null, null)));
        as("contracts@acme.test", Role.CONTRACT_MANAGER, () -> contracts.edit(later.reference(), 0,
                EditRecord.none(), new EditContractTerms(null, null, Change.to(new BigDecimal("90000")),
                        Change.to("EUR"), null, Change.to(today.plusDays(200)), null, null)));
        ContractQuery mine = new ContractQuery(null, RecordFilter.none().withSearch(tag));

        List<ContractSummary> ending = as("contracts@acme.test", Role.CONTRACT_MANAGER,
                () -> contracts.find(mine.endingWithin(today, 90), 0, 50, Sort.unsorted()));
        List<ContractSummary> valuable = as("contracts@acme.test", Role.CONTRACT_MANAGER,
                () -> contracts.find(new ContractQuery(null, mine.filter(), new BigDecimal("10000"), null, null), 0,
                        50, Sort.unsorted()));

        assertThat(ending).extracting(ContractSummary::reference).containsExactly(soon.reference());
        assertThat(ending.get(0).endDate()).isEqualTo(today.plusDays(30));
        assertThat(valuable).extracting(ContractSummary::reference).containsExactly(later.reference());
        assertThat(valuable.get(0).value()).isEqualByComparingTo("90000");
        assertThat(valuable.get(0).currency()).isEqualTo("EUR");
    }

    @Test
    void a_second_writer_with_the_version_they_read_is_told_who_changed_it_and_when_and_overwrites_nothing() {
        MatterDetails read = matter("Two lawyers");
        RecordHeader first = as("lawyer@acme.test", Role.LEGAL_STAFF, () -> work.edit(RecordKind.MATTER,
                read.reference(), read.version(), new EditRecord(Change.to("First"), null, null)));

        assertThatThrownBy(() -> as("contracts@acme.test", Role.CONTRACT_MANAGER, () -> work.edit(RecordKind.MATTER,
                read.reference(), read.version(), new EditRecord(Change.to("Second"), null, null))))
                .isInstanceOfSatisfying(RecordChangedException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("Louis Durand");
                    assertThat(e.changedAt()).isEqualTo(first.updatedAt());
                    assertThat(e.currentVersion()).isEqualTo(first.version());
                });
        assertThat(inAcme(() -> jdbc.queryForObject("select description from matter where id = ?", String.class,
                read.id()))).isEqualTo("First");
    }

    @Test
    void administrators_add_statuses_and_moves_but_a_status_in_use_cannot_be_deleted() {
        String code = "TRIAGE_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Workflow saved = as("admin@acme.test", Role.TENANT_ADMIN, () -> workflows.saveStatus(RecordKind.MATTER,
                new SaveStatus(code, "Triage", "Tri", "Received", "Reçue", StatusCategory.OPEN, false, false,
                        Set.of("IN_REVIEW"))));
        assertThat(saved.from(code)).extracting(RecordStatus::code).containsExactly("IN_REVIEW");
        assertThatThrownBy(() -> as("lawyer@acme.test", Role.LEGAL_STAFF, () -> workflows.saveStatus(
                RecordKind.MATTER, new SaveStatus(code, "x", "x", "x", "x", StatusCategory.OPEN, false, false,
                        Set.of())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new SaveStatus("bad code", "", "Tri", "x", "x", null, false, false, Set.of()))
                .isInstanceOfSatisfying(InvalidWorkflowException.class, e -> assertThat(e.problems())
                        .extracting(WorkflowProblem::field).containsExactlyInAnyOrder("code", "nameEn", "category"));

        assertThatThrownBy(() -> as("admin@acme.test", Role.TENANT_ADMIN,
                () -> workflows.deleteStatus(RecordKind.MATTER, "NEW"))).isInstanceOf(InvalidWorkflowException.class);
        MatterDetails reviewed = matter("In review");
        as("lawyer@acme.test", Role.LEGAL_STAFF, () -> work.transition(RecordKind.MATTER, reviewed.reference(),
                reviewed.version(), "IN_REVIEW"));
        assertThatThrownBy(() -> as("admin@acme.test", Role.TENANT_ADMIN,
                () -> workflows.deleteStatus(RecordKind.MATTER, "IN_REVIEW"))).isInstanceOf(StatusInUseException.class);
        assertThat(as("admin@acme.test", Role.TENANT_ADMIN, () -> workflows.workflow(RecordKind.MATTER)
                .status("IN_REVIEW"))).isPresent();

        Workflow without = as("admin@acme.test", Role.TENANT_ADMIN,
                () -> workflows.deleteStatus(RecordKind.MATTER, code));
        assertThat(without.status(code)).isEmpty();
        assertThat(without.transitions()).noneMatch(t -> t.from().equals(code));
    }

    @Test
    void another_tenants_records_and_workflows_are_not_found_and_untouchable() {
        MatterDetails matter = matter("Acme only");
        ContractSummary contract = contract("Acme contract");
        assertThat(as("lawyer@globex.test", Role.LEGAL_STAFF, globex,
                () -> work.header(RecordKind.MATTER, matter.reference()))).isEmpty();
        assertThatThrownBy(() -> as("lawyer@globex.test", Role.LEGAL_STAFF, globex,
                () -> work.transition(RecordKind.MATTER, matter.reference(), matter.version(), "IN_REVIEW")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as("lawyer@globex.test", Role.LEGAL_STAFF, globex,
                () -> work.assign(RecordKind.MATTER, matter.reference(), matter.version(), null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as("lawyer@globex.test", Role.LEGAL_STAFF, globex,
                () -> contracts.edit(contract.reference(), 0, new EditRecord(Change.to("x"), null, null),
                        EditContractTerms.none()))).isInstanceOf(RecordNotFoundException.class);
        assertThat(as("lawyer@globex.test", Role.LEGAL_STAFF, globex, () -> work.staff()))
                .extracting(s -> s.email()).doesNotContain("lawyer@acme.test");
        assertThat(inGlobex(() -> jdbc.queryForObject("select count(*) from workflow_status where tenant_id = ?",
                Long.class, acme.id()))).isZero();
        assertThat(statusOf(matter.id())).isEqualTo("NEW");
    }

    @Test
    void re_classifying_a_request_says_where_the_classifiers_would_put_it_and_moves_nothing() {
        var submitted = as("requester@client.test", Role.PORTAL_USER, () -> intake.submit(new SubmitRequest(
                "litigation", "Mise en demeure du bailleur", "", Map.of("counterparty", "Bailleur SA"), "fr", null,
                List.of())));
        UUID request = inAcme(() -> jdbc.queryForObject("select id from request where reference = ?", UUID.class,
                submitted.reference()));
        String before = inAcme(() -> jdbc.queryForObject("select category_code from matter where request_id = ?",
                String.class, request));

        ClassificationSuggestion suggested = as("lawyer@acme.test", Role.LEGAL_STAFF,
                () -> intake.reclassify(request)).orElseThrow();

        assertThat(suggested.target()).isEqualTo("LITIGATION");
        assertThat(suggested.reason()).isNotBlank();
        assertThat(inAcme(() -> jdbc.queryForObject("select category_code from matter where request_id = ?",
                String.class, request))).isEqualTo(before);
        assertThatThrownBy(() -> as("requester@client.test", Role.PORTAL_USER, () -> intake.reclassify(request)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("lawyer@globex.test", Role.LEGAL_STAFF, globex, () -> intake.reclassify(request))).isEmpty();
    }

    private MatterDetails matter(String title) {
        return inAcme(() -> matters.open(new OpenMatter(title, "", "LITIGATION", Origin.PORTAL, null, null, null,
                "test")));
    }

    private ContractSummary contract(String title) {
        return inAcme(() -> contracts.open(new OpenContract(title, "", "NDA", "Initech", Origin.INTERNAL, null, null,
                null, "test")));
    }

    private String statusOf(UUID matter) {
        return inAcme(() -> jdbc.queryForObject("select status from matter where id = ?", String.class, matter));
    }

    private CurrentTenant current(String slug) {
        var t = directory.findBySlug(slug).orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private UUID person(String email) {
        return person(acme, email);
    }

    private UUID person(CurrentTenant tenant, String email) {
        return TenantContext.call(tenant, () -> transactions.execute(s -> jdbc.queryForObject(
                "select id from person where email = ?", UUID.class, email)));
    }

    private <T> T as(String email, Role role, Supplier<T> work) {
        return as(email, role, acme, work);
    }

    private <T> T as(String email, Role role, CurrentTenant tenant, Supplier<T> work) {
        TenantMember member = new TenantMember(tenant, tenant.slug(), person(tenant, email), email, email,
                Set.of(role));
        try (var ignored = TenantContext.open(member)) {
            return work.get();
        }
    }

    private <T> T inAcme(Supplier<T> work) {
        return TenantContext.call(acme, () -> transactions.execute(s -> work.get()));
    }

    private <T> T inGlobex(Supplier<T> work) {
        return TenantContext.call(globex, () -> transactions.execute(s -> work.get()));
    }
}
