package app.lexdesk.core.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.calendar.TenantCalendar;
import app.lexdesk.core.calendar.TenantCalendarService;
import app.lexdesk.core.developments.AddKeyDevelopment;
import app.lexdesk.core.developments.KeyDevelopmentService;
import app.lexdesk.core.intake.FieldProblem;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.InvalidRequestException;
import app.lexdesk.core.intake.PortalRequest;
import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.intake.SaveRequestType;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.notes.AddNote;
import app.lexdesk.core.notes.NoteAdded;
import app.lexdesk.core.notes.NoteService;
import app.lexdesk.core.notes.NoteVisibility;
import app.lexdesk.core.records.RecordHeader;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.core.testing.EventListeners;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expected responses on the real database, through the real events: a request of a type with a target is promised
 * a day in the tenant's calendar; the first shared note, visible development or status change by staff answers it,
 * an internal note or a hidden development does not; staff see on time, at risk, late and answered; a requester sees
 * only their own record's day, and another tenant sees nothing.
 */
@CoreIntegrationTest
class ExpectedResponseIT {

    static final String TYPE = "expected-answer-test";
    static final String LAWYER = "lawyer@acme.test";
    static final String REQUESTER = "requester@client.test";

    @Autowired IntakeService intake;
    @Autowired RequestTypeService types;
    @Autowired TenantCalendarService calendars;
    @Autowired ExpectedResponseService expected;
    @Autowired NoteService notes;
    @Autowired KeyDevelopmentService developments;
    @Autowired RecordWorkService work;
    @Autowired TenantDirectory directory;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    CurrentTenant acme;
    CurrentTenant globex;

    @BeforeEach
    void aTypePromisingAnAnswerWithinTwoBusinessDays() {
        acme = tenant("acme");
        globex = tenant("globex");
        TenantContext.callAsPlatformWork(acme, () -> types.save(new SaveRequestType(TYPE, RequestKind.MATTER,
                "Answer expected", "Réponse attendue", "", "", "LITIGATION", List.of(), true, 2)));
    }

    @Test
    void the_requester_is_promised_the_second_business_day_of_the_tenants_calendar_and_staff_see_it_on_time() {
        Submitted s = submit(TYPE);
        EventListeners.awaitCompletion(jdbc);

        LocalDate promised = TenantContext.call(acme, () -> calendars.calendar()).answerExpectedBy(s.at(), 2);
        assertThat(asRequester(() -> expected.forRequester(s.record()))).contains(new PortalExpectedAnswer(s.record(),
                promised));
        ResponseSummary summary = asLawyer(() -> expected.forRecord(s.record())).orElseThrow();
        assertThat(summary.expectedBy()).isEqualTo(promised);
        assertThat(summary.targetDays()).isEqualTo(2);
        assertThat(summary.state()).as("two business days are left whenever it was submitted")
                .isEqualTo(ResponseState.ON_TIME);
        assertThat(summary.firstResponseAt()).isNull();
        assertThat(stored(s.record(), "expected_by")).isEqualTo(java.sql.Date.valueOf(promised));
    }

    @Test
    void a_shared_note_is_a_first_response_and_an_internal_note_is_not() {
        Submitted s = submit(TYPE);
        asLawyer(() -> notes.add(s.record(), new AddNote("Internal: check the lease.", NoteVisibility.INTERNAL)));
        EventListeners.awaitCompletion(jdbc);
        assertThat(stored(s.record(), "first_response_at")).as("an internal note answers nobody").isNull();
        assertThat(asRequester(() -> expected.forRequester(s.record()))).isPresent();

        Instant noted = asLawyer(() -> notes.add(s.record(), new AddNote("We are on it.", NoteVisibility.SHARED)))
                .createdAt();
        EventListeners.awaitCompletion(jdbc);

        ResponseSummary summary = asLawyer(() -> expected.forRecord(s.record())).orElseThrow();
        assertThat(summary.state()).isEqualTo(ResponseState.ANSWERED);
        assertThat(summary.firstResponseKind()).isEqualTo(FirstResponseKind.SHARED_NOTE);
        assertThat(summary.firstResponseAt()).isCloseTo(noted, within(1, ChronoUnit.MILLIS));
        assertThat(summary.answeredLate()).isFalse();
        assertThat(stored(s.record(), "first_response_by")).isEqualTo(person(acme, LAWYER));
        assertThat(asRequester(() -> expected.forRequester(s.record()))).as("nothing once answered").isEmpty();
    }

    @Test
    void a_visible_key_development_is_a_first_response_and_a_hidden_one_is_not() {
        Submitted s = submit(TYPE);
        asLawyer(() -> developments.add(s.record(), new AddKeyDevelopment(LocalDate.of(2026, 3, 2), "Strategy", "",
                false)));
        EventListeners.awaitCompletion(jdbc);
        assertThat(stored(s.record(), "first_response_at")).as("a hidden development answers nobody").isNull();

        asLawyer(() -> developments.add(s.record(), new AddKeyDevelopment(LocalDate.of(2026, 3, 3), "Letter sent", "",
                true)));
        EventListeners.awaitCompletion(jdbc);

        assertThat(asLawyer(() -> expected.forRecord(s.record())).orElseThrow())
                .extracting(ResponseSummary::state, ResponseSummary::firstResponseKind)
                .containsExactly(ResponseState.ANSWERED, FirstResponseKind.VISIBLE_DEVELOPMENT);
    }

    @Test
    void a_status_change_by_staff_is_a_first_response() {
        Submitted s = submit(TYPE);
        RecordHeader header = asLawyer(() -> work.header(RecordKind.MATTER, s.reference()).orElseThrow());
        asLawyer(() -> work.transition(RecordKind.MATTER, s.reference(), header.version(), "IN_REVIEW"));
        EventListeners.awaitCompletion(jdbc);

        assertThat(asLawyer(() -> expected.forRecord(s.record())).orElseThrow())
                .extracting(ResponseSummary::state, ResponseSummary::firstResponseKind)
                .containsExactly(ResponseState.ANSWERED, FirstResponseKind.STATUS_CHANGE);
        assertThat(asRequester(() -> expected.forRequester(s.record()))).isEmpty();
    }

    @Test
    void the_first_response_is_the_earliest_whatever_order_or_how_often_the_events_arrive() {
        Submitted s = submit(TYPE);
        asLawyer(() -> notes.add(s.record(), new AddNote("First.", NoteVisibility.SHARED)));
        EventListeners.awaitCompletion(jdbc);
        Instant first = asLawyer(() -> expected.forRecord(s.record())).orElseThrow().firstResponseAt();
        RecordHeader header = asLawyer(() -> work.header(RecordKind.MATTER, s.reference()).orElseThrow());
        asLawyer(() -> work.transition(RecordKind.MATTER, s.reference(), header.version(), "IN_REVIEW"));
        UUID lawyer = person(acme, LAWYER);
        // A publication retried later, and one that arrives late although it happened earlier.
        publish(new NoteAdded(acme, RecordKind.MATTER, s.record(), UUID.randomUUID(), lawyer, NoteVisibility.SHARED,
                first.plusSeconds(60)));
        EventListeners.awaitCompletion(jdbc);
        assertThat(asLawyer(() -> expected.forRecord(s.record())).orElseThrow().firstResponseAt()).isEqualTo(first);

        Instant earlier = first.minusSeconds(1);
        publish(new NoteAdded(acme, RecordKind.MATTER, s.record(), UUID.randomUUID(), lawyer, NoteVisibility.SHARED,
                earlier));
        EventListeners.awaitCompletion(jdbc);
        assertThat(asLawyer(() -> expected.forRecord(s.record())).orElseThrow().firstResponseAt()).isEqualTo(earlier);
        // And the requester's own words on their record, should the portal let them write, answer nothing.
        Submitted mine = submit(TYPE);
        publish(new NoteAdded(acme, RecordKind.MATTER, mine.record(), UUID.randomUUID(), person(acme, REQUESTER),
                NoteVisibility.SHARED, Instant.now()));
        EventListeners.awaitCompletion(jdbc);
        assertThat(stored(mine.record(), "first_response_at")).isNull();
    }

    @Test
    void unanswered_it_is_at_risk_on_the_expected_day_and_late_after_it_and_an_answer_after_it_was_late() {
        Submitted s = submit(TYPE);
        EventListeners.awaitCompletion(jdbc);
        TenantCalendar calendar = TenantContext.call(acme, () -> calendars.calendar());
        LocalDate today = calendar.today(Clock.systemUTC());
        inAcme(() -> jdbc.update("update record_response set expected_by = ? where record_id = ?", today, s.record()));
        assertThat(asLawyer(() -> expected.forRecord(s.record())).orElseThrow().state())
                .isEqualTo(ResponseState.AT_RISK);

        inAcme(() -> jdbc.update("update record_response set expected_by = ? where record_id = ?",
                today.minusDays(1), s.record()));
        assertThat(asLawyer(() -> expected.forRecord(s.record())).orElseThrow().state()).isEqualTo(ResponseState.LATE);
        assertThat(asRequester(() -> expected.forRequester(s.record()))).as("the requester still sees the day")
                .contains(new PortalExpectedAnswer(s.record(), today.minusDays(1)));

        asLawyer(() -> notes.add(s.record(), new AddNote("Sorry for the wait.", NoteVisibility.SHARED)));
        EventListeners.awaitCompletion(jdbc);
        ResponseSummary answered = asLawyer(() -> expected.forRecord(s.record())).orElseThrow();
        assertThat(answered.state()).isEqualTo(ResponseState.ANSWERED);
        assertThat(answered.answeredLate()).isTrue();
    }

    @Test
    void a_type_without_a_target_promises_nothing_but_its_first_response_is_still_kept() {
        Submitted s = submit("other-legal-question");
        asLawyer(() -> notes.add(s.record(), new AddNote("Noted.", NoteVisibility.SHARED)));
        EventListeners.awaitCompletion(jdbc);

        assertThat(asRequester(() -> expected.forRequester(s.record()))).isEmpty();
        assertThat(asLawyer(() -> expected.forRecords(List.of(s.record())))).isEmpty();
        assertThat(stored(s.record(), "expected_by")).isNull();
        assertThat(stored(s.record(), "first_response_kind")).isEqualTo("SHARED_NOTE");
    }

    @Test
    void staff_lists_read_a_page_at_once_and_another_tenant_or_requester_gets_nothing() {
        Submitted one = submit(TYPE);
        Submitted two = submit(TYPE);
        Submitted none = submit("other-legal-question");
        EventListeners.awaitCompletion(jdbc);

        assertThat(asLawyer(() -> expected.forRecords(List.of(one.record(), two.record(), none.record()))))
                .containsOnlyKeys(one.record(), two.record());
        assertThat(as(globex, "lawyer@globex.test", Role.LEGAL_STAFF, () -> expected.forRecords(List.of(one.record()))))
                .as("another tenant's staff").isEmpty();
        assertThat(as(globex, "lawyer@globex.test", Role.LEGAL_STAFF, () -> expected.forRecord(one.record())))
                .isEmpty();
        assertThat(as(acme, "colleague@client.test", Role.PORTAL_USER, () -> expected.forRequester(one.record())))
                .as("a colleague of the requester's company").isEmpty();
        assertThat(asRequester(() -> expected.forRequester(List.of(one.record(), two.record(), none.record()))))
                .containsOnlyKeys(one.record(), two.record());
        assertThatThrownBy(() -> asRequester(() -> expected.forRecords(List.of(one.record()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asLawyer(() -> expected.previewForRequester(List.of(one.record(), none.record()))))
                .as("staff previewing the portal see what the requester sees").containsOnlyKeys(one.record())
                .isEqualTo(asRequester(() -> expected.forRequester(List.of(one.record()))));
        assertThatThrownBy(() -> asRequester(() -> expected.previewForRequester(List.of(two.record()))))
                .isInstanceOf(AccessDeniedException.class);
        // Row-level security: from another tenant the rows are neither seen nor touched.
        Long seen = TenantContext.call(globex, () -> transactions.execute(s -> jdbc.queryForObject(
                "select count(*) from record_response where record_id = ?", Long.class, one.record())));
        Integer touched = TenantContext.call(globex, () -> transactions.execute(s -> jdbc.update(
                "update record_response set expected_by = null, target_days = null where record_id = ?",
                one.record())));
        assertThat(seen).isZero();
        assertThat(touched).isZero();
        assertThat(stored(one.record(), "target_days")).isEqualTo(2);
    }

    @Test
    void a_target_outside_1_to_60_business_days_is_refused_on_its_field_and_the_api_shows_the_target() throws IOException {
        assertThatThrownBy(() -> TenantContext.callAsPlatformWork(acme, () -> types.save(new SaveRequestType(TYPE,
                RequestKind.MATTER, "Answer expected", "Réponse attendue", "", "", "LITIGATION", List.of(), true, 0))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("firstResponseDays", "out-of-range")));
        assertThat(TenantContext.call(acme, () -> types.find(TYPE)).orElseThrow().firstResponseDays()).isEqualTo(2);

        ApiClient api = new ApiClient(DevServices.forTests());
        JsonNode listed = new ObjectMapper().readTree(api.get("/api/v1/request-types",
                api.token(REQUESTER, "openid organization")).body());
        assertThat(listed.findValues("code").stream().map(JsonNode::asText).toList()).contains(TYPE);
        for (JsonNode type : listed) {
            if (type.get("code").asText().equals(TYPE)) {
                assertThat(type.get("firstResponseDays").asInt()).isEqualTo(2);
            } else if (type.get("code").asText().equals("other-legal-question")) {
                assertThat(type.has("firstResponseDays")).isFalse();
            }
        }
    }

    record Submitted(UUID record, String reference, Instant at) {
    }

    private Submitted submit(String type) {
        PortalRequest request = as(acme, REQUESTER, Role.PORTAL_USER, () -> intake.submit(new SubmitRequest(type,
                "Expected answer " + System.nanoTime(), "", Map.of(), "en", null, List.of())));
        Map<String, Object> matter = inAcme(() -> jdbc.queryForMap("select id, reference from matter "
                + "where request_id = ?", request.id()));
        return new Submitted((UUID) matter.get("id"), (String) matter.get("reference"), request.submittedAt());
    }

    private void publish(Object event) {
        TenantContext.callAsPlatformWork(acme, () -> transactions.execute(s -> {
            publisher.publishEvent(event);
            return null;
        }));
    }

    private Object stored(UUID record, String column) {
        List<Object> values = inAcme(() -> jdbc.queryForList("select " + column + " from record_response "
                + "where record_id = ?", Object.class, record));
        return values.isEmpty() ? null : values.get(0);
    }

    private <T> T asLawyer(Supplier<T> work) {
        return as(acme, LAWYER, Role.LEGAL_STAFF, work);
    }

    private <T> T asRequester(Supplier<T> work) {
        return as(acme, REQUESTER, Role.PORTAL_USER, work);
    }

    private CurrentTenant tenant(String slug) {
        var t = directory.findBySlug(slug).orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private UUID person(CurrentTenant tenant, String email) {
        return TenantContext.call(tenant, () -> transactions.execute(s -> jdbc.queryForObject(
                "select id from person where email = ?", UUID.class, email)));
    }

    private <T> T as(CurrentTenant tenant, String email, Role role, Supplier<T> work) {
        TenantMember member = new TenantMember(tenant, tenant.slug(), person(tenant, email), email, email,
                Set.of(role));
        try (var ignored = TenantContext.open(member)) {
            return work.get();
        }
    }

    private <T> T inAcme(Supplier<T> work) {
        return TenantContext.call(acme, () -> transactions.execute(s -> work.get()));
    }
}
