package app.lexdesk.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.activity.ActivityEntry;
import app.lexdesk.core.activity.ActivityKind;
import app.lexdesk.core.activity.ActivityService;
import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.developments.AddKeyDevelopment;
import app.lexdesk.core.developments.KeyDevelopmentService;
import app.lexdesk.core.developments.PortalKeyDevelopment;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.notes.AddNote;
import app.lexdesk.core.notes.NoteService;
import app.lexdesk.core.notes.NoteVisibility;
import app.lexdesk.core.notes.PortalNote;
import app.lexdesk.core.participants.AddParticipant;
import app.lexdesk.core.participants.Involvement;
import app.lexdesk.core.participants.Participant;
import app.lexdesk.core.participants.ParticipantRole;
import app.lexdesk.core.participants.ParticipantService;
import app.lexdesk.core.participants.RecordPeople;
import app.lexdesk.core.people.NewContact;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.testing.EventListeners;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notes, key developments and people on a record, on the real database: what staff choose is stored as chosen,
 * each change is recorded on the record's activity (after commit) with who and what, a requester's queries never
 * return what is hidden from them, and another tenant's records are invisible and untouchable.
 */
@CoreIntegrationTest
class RecordWorkspaceIT {

    static final String LAWYER = "lawyer@acme.test";
    static final String REQUESTER = "requester@client.test";

    @Autowired IntakeService intake;
    @Autowired NoteService notes;
    @Autowired KeyDevelopmentService developments;
    @Autowired ParticipantService participants;
    @Autowired ActivityService activity;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    CurrentTenant acme;
    CurrentTenant globex;
    UUID matter;

    @BeforeEach
    void portalMatter() {
        acme = tenant("acme");
        globex = tenant("globex");
        String reference = as(acme, REQUESTER, Role.PORTAL_USER, () -> intake.submit(new SubmitRequest(
                "other-legal-question", "Workspace test " + System.nanoTime(), "", Map.of(), "en", null,
                List.of()))).reference();
        matter = in(acme, () -> jdbc.queryForObject("select m.id from matter m join request r on r.id = m.request_id "
                + "where r.reference = ?", UUID.class, reference));
        EventListeners.awaitCompletion(jdbc);
    }

    @Test
    void notes_are_stored_with_the_visibility_chosen_and_recorded_on_the_activity_without_their_text() {
        as(acme, LAWYER, Role.LEGAL_STAFF, () -> notes.add(matter, new AddNote("Called the landlord.",
                NoteVisibility.INTERNAL)));
        as(acme, LAWYER, Role.LEGAL_STAFF, () -> notes.add(matter, new AddNote("We have written to them.",
                NoteVisibility.SHARED)));
        EventListeners.awaitCompletion(jdbc);

        assertThat(in(acme, () -> jdbc.queryForList("select body, visibility from note where record_id = ? "
                + "order by created_at", matter))).extracting(r -> r.get("body"), r -> r.get("visibility"))
                .containsExactly(tuple("Called the landlord.", "INTERNAL"), tuple("We have written to them.",
                        "SHARED"));
        List<ActivityEntry> entries = as(acme, LAWYER, Role.LEGAL_STAFF, () -> activity.ofRecord(matter,
                Set.of(ActivityKind.NOTES)));
        assertThat(entries).extracting(ActivityEntry::action, ActivityEntry::visibleToRequester,
                        ActivityEntry::actorName)
                .containsExactly(tuple("note.shared", true, "Louis Durand"),
                        tuple("note.added", false, "Louis Durand"));
        assertThat(entries.toString()).doesNotContain("landlord").doesNotContain("written to them");
        assertThat(in(acme, () -> jdbc.queryForObject("select count(*) from activity where record_ref = ? "
                + "and action like 'note.%'", Long.class, matter))).as("entries point at the record").isEqualTo(2);
    }

    @Test
    void a_note_without_a_visibility_choice_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new AddNote("No choice made", null))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("visibility"));
        assertThatThrownBy(() -> new AddKeyDevelopment(LocalDate.of(2026, 3, 1), "Hearing", "", null))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("visibleToRequester"));
    }

    @Test
    void key_developments_are_stored_as_chosen_and_recorded_on_the_activity() {
        as(acme, LAWYER, Role.LEGAL_STAFF, () -> developments.add(matter, new AddKeyDevelopment(
                LocalDate.of(2026, 3, 12), "Hearing set", "Court of Paris, room 4.", true)));
        as(acme, LAWYER, Role.LEGAL_STAFF, () -> developments.add(matter, new AddKeyDevelopment(
                LocalDate.of(2026, 3, 14), "Strategy meeting", "", false)));
        EventListeners.awaitCompletion(jdbc);

        assertThat(as(acme, LAWYER, Role.LEGAL_STAFF, () -> developments.of(matter)))
                .extracting(d -> d.title(), d -> d.visibleToRequester(), d -> d.authorName())
                .containsExactly(tuple("Strategy meeting", false, "Louis Durand"),
                        tuple("Hearing set", true, "Louis Durand"));
        assertThat(as(acme, LAWYER, Role.LEGAL_STAFF, () -> activity.ofRecord(matter,
                Set.of(ActivityKind.DEVELOPMENTS)))).extracting(ActivityEntry::action,
                        ActivityEntry::visibleToRequester, e -> e.after().get("visibleToPortal"))
                .containsExactlyInAnyOrder(tuple("development.added", true, true),
                        tuple("development.added", false, false));
    }

    @Test
    void hidden_stays_hidden_a_requester_reads_only_shared_notes_and_visible_developments_of_their_own_records() {
        as(acme, LAWYER, Role.LEGAL_STAFF, () -> {
            notes.add(matter, new AddNote("Internal: weak case.", NoteVisibility.INTERNAL));
            notes.add(matter, new AddNote("Shared: letter sent.", NoteVisibility.SHARED));
            developments.add(matter, new AddKeyDevelopment(LocalDate.of(2026, 4, 1), "Internal review", "", false));
            return developments.add(matter, new AddKeyDevelopment(LocalDate.of(2026, 4, 2), "Letter sent", "",
                    true));
        });

        List<PortalNote> shared = as(acme, REQUESTER, Role.PORTAL_USER, () -> notes.sharedWithRequester(matter));
        assertThat(shared).extracting(PortalNote::text).containsExactly("Shared: letter sent.");
        List<PortalKeyDevelopment> visible = as(acme, REQUESTER, Role.PORTAL_USER,
                () -> developments.visibleToRequester(matter));
        assertThat(visible).extracting(PortalKeyDevelopment::title).containsExactly("Letter sent");
        // A colleague of the same company is not the requester: nothing at all.
        assertThat(as(acme, "colleague@client.test", Role.PORTAL_USER, () -> notes.sharedWithRequester(matter)))
                .isEmpty();
        assertThat(as(acme, "colleague@client.test", Role.PORTAL_USER,
                () -> developments.visibleToRequester(matter))).isEmpty();
        // And the staff queries refuse a requester.
        assertThatThrownBy(() -> as(acme, REQUESTER, Role.PORTAL_USER, () -> notes.of(matter)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(acme, REQUESTER, Role.PORTAL_USER, () -> developments.of(matter)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void people_are_added_and_removed_with_their_roles_recorded_for_staff_only() {
        UUID colleague = person(acme, "colleague@client.test");
        Participant counsel = as(acme, LAWYER, Role.LEGAL_STAFF, () -> participants.add(matter,
                AddParticipant.contact(ParticipantRole.OUTSIDE_COUNSEL, new NewContact("Maître", "Lefort " + matter,
                        null, "+33 1 23 45 67 89", "Cabinet Lefort"))));
        Participant stakeholder = as(acme, LAWYER, Role.LEGAL_STAFF, () -> participants.add(matter,
                AddParticipant.person(ParticipantRole.INTERNAL_STAKEHOLDER, colleague)));
        UUID rival = in(acme, () -> jdbc.queryForObject("select id from company where name = 'Rival Inc'",
                UUID.class));
        as(acme, LAWYER, Role.LEGAL_STAFF, () -> participants.add(matter,
                AddParticipant.company(ParticipantRole.OPPOSING_PARTY, rival)));
        assertThatThrownBy(() -> as(acme, LAWYER, Role.LEGAL_STAFF, () -> participants.add(matter,
                AddParticipant.person(ParticipantRole.INTERNAL_STAKEHOLDER, colleague))))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("role"));
        as(acme, LAWYER, Role.LEGAL_STAFF, () -> {
            participants.remove(matter, stakeholder.id());
            return null;
        });
        EventListeners.awaitCompletion(jdbc);

        RecordPeople people = as(acme, LAWYER, Role.LEGAL_STAFF, () -> participants.of(matter));
        assertThat(people.requester().email()).isEqualTo(REQUESTER);
        assertThat(people.company().name()).isEqualTo("Client Co");
        assertThat(people.others()).extracting(Participant::role, Participant::name, Participant::phone,
                        Participant::companyName)
                .containsExactly(tuple(ParticipantRole.OUTSIDE_COUNSEL, "Maître Lefort " + matter, "+33 1 23 45 67 89",
                        "Cabinet Lefort"), tuple(ParticipantRole.OPPOSING_PARTY, "Rival Inc", null, "Rival Inc"));
        assertThat(as(acme, LAWYER, Role.LEGAL_STAFF, () -> activity.ofRecord(matter, Set.of(ActivityKind.PEOPLE))))
                .extracting(ActivityEntry::action, ActivityEntry::visibleToRequester)
                .containsExactlyInAnyOrder(tuple("participant.added", false), tuple("participant.added", false),
                        tuple("participant.added", false), tuple("participant.removed", false));
        assertThat(as(acme, LAWYER, Role.LEGAL_STAFF, () -> participants.recordsOfPerson(counsel.personId())))
                .extracting(i -> i.record().id(), Involvement::as).containsExactly(tuple(matter, "OUTSIDE_COUNSEL"));
        assertThat(as(acme, LAWYER, Role.LEGAL_STAFF, () -> participants.recordsOfPerson(person(acme, REQUESTER))))
                .extracting(i -> i.record().id(), Involvement::as).contains(tuple(matter, "REQUESTER"));
        assertThat(as(acme, LAWYER, Role.LEGAL_STAFF, () -> participants.recordsOfCompany(rival)))
                .extracting(i -> i.record().id(), Involvement::as).contains(tuple(matter, "OPPOSING_PARTY"));
    }

    @Test
    void another_tenants_record_is_invisible_and_untouchable_from_its_staff() {
        as(acme, LAWYER, Role.LEGAL_STAFF, () -> notes.add(matter, new AddNote("Acme only", NoteVisibility.SHARED)));
        Participant acmeOnly = as(acme, LAWYER, Role.LEGAL_STAFF, () -> participants.add(matter,
                AddParticipant.contact(ParticipantRole.OTHER, new NewContact(null, "Only Acme", null, null, null))));
        EventListeners.awaitCompletion(jdbc);
        String globexLawyer = "lawyer@globex.test";

        assertThat(as(globex, globexLawyer, Role.LEGAL_STAFF, () -> notes.of(matter))).isEmpty();
        assertThat(as(globex, globexLawyer, Role.LEGAL_STAFF, () -> developments.of(matter))).isEmpty();
        assertThat(as(globex, globexLawyer, Role.LEGAL_STAFF, () -> activity.ofRecord(matter, Set.of()))).isEmpty();
        assertThatThrownBy(() -> as(globex, globexLawyer, Role.LEGAL_STAFF, () -> participants.of(matter)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(globex, globexLawyer, Role.LEGAL_STAFF, () -> notes.add(matter,
                new AddNote("Cross-tenant", NoteVisibility.INTERNAL)))).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(globex, globexLawyer, Role.LEGAL_STAFF, () -> developments.add(matter,
                new AddKeyDevelopment(LocalDate.of(2026, 1, 1), "Cross-tenant", "", true))))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(globex, globexLawyer, Role.LEGAL_STAFF, () -> participants.add(matter,
                AddParticipant.person(ParticipantRole.OTHER, person(globex, globexLawyer)))))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(globex, globexLawyer, Role.LEGAL_STAFF, () -> {
            participants.remove(matter, acmeOnly.id());
            return null;
        })).isInstanceOf(NoSuchElementException.class);
        assertThat(as(globex, globexLawyer, Role.LEGAL_STAFF, () -> participants.recordsOfPerson(acmeOnly.personId())))
                .isEmpty();

        assertThat(in(acme, () -> jdbc.queryForObject("select count(*) from note where record_id = ?", Long.class,
                matter))).isEqualTo(1);
        assertThat(in(acme, () -> jdbc.queryForObject("select count(*) from record_participant where record_id = ?",
                Long.class, matter))).isEqualTo(1);
    }

    private CurrentTenant tenant(String slug) {
        var t = directory.findBySlug(slug).orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private UUID person(CurrentTenant tenant, String email) {
        return in(tenant, () -> jdbc.queryForObject("select id from person where email = ?", UUID.class, email));
    }

    private <T> T as(CurrentTenant tenant, String email, Role role, Supplier<T> work) {
        TenantMember member = new TenantMember(tenant, tenant.slug(), person(tenant, email), email, email,
                Set.of(role));
        try (var ignored = TenantContext.open(member)) {
            return work.get();
        }
    }

    private <T> T in(CurrentTenant tenant, Supplier<T> work) {
        return TenantContext.call(tenant, () -> transactions.execute(s -> work.get()));
    }
}
