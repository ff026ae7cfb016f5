package app.lexdesk.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.OpenContract;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.OpenMatter;
import app.lexdesk.core.provisioning.ProvisionTenant;
import app.lexdesk.core.provisioning.TenantProvisioningService;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.RecordHeader;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.core.records.StatusCategory;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.RegisterTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.tenancy.TenantSummary;
import app.lexdesk.core.testing.EventListeners;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feedback on the real database, in a tenant of this test's own (so its averages are exactly what the test gave):
 * only a closed record's requester rates it, once, changing it as often as they like; anyone else, here or in another
 * tenant, finds no record; staff read it, and the averages per board count the last 90 days.
 */
@CoreIntegrationTest
@RecordApplicationEvents
class FeedbackIT {

    @Autowired FeedbackService feedback;
    @Autowired MatterService matters;
    @Autowired ContractService contracts;
    @Autowired RecordWorkService work;
    @Autowired TenantProvisioningService provisioning;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEvents events;
    @Value("${lexdesk.identity.issuer}") String issuer;

    CurrentTenant tenant;
    TenantMember requester;
    TenantMember colleague;
    TenantMember lawyer;

    @BeforeEach
    void aTenantWithARequesterAColleagueAndALawyer() {
        String slug = "fb" + Long.toString(System.nanoTime(), 36);
        TenantSummary provisioned = provisioning.provision(new ProvisionTenant(new RegisterTenant(slug, "Feedback "
                + slug, issuer, slug, "en"), List.of(
                new ProvisionTenant.Member("requester@" + slug + ".test", "Rachel", "Moreau", "Client Co",
                        Set.of(Role.PORTAL_USER)),
                new ProvisionTenant.Member("colleague@" + slug + ".test", "Claire", "Petit", "Client Co",
                        Set.of(Role.PORTAL_USER)),
                new ProvisionTenant.Member("lawyer@" + slug + ".test", "Louis", "Durand", null,
                        Set.of(Role.LEGAL_STAFF))), List.of()));
        tenant = new CurrentTenant(provisioned.id(), provisioned.slug());
        requester = member("requester@" + slug + ".test", Role.PORTAL_USER);
        colleague = member("colleague@" + slug + ".test", Role.PORTAL_USER);
        lawyer = member("lawyer@" + slug + ".test", Role.LEGAL_STAFF);
    }

    @AfterEach
    void listenersDone() {
        EventListeners.awaitCompletion(jdbc);
    }

    @Test
    void the_requester_rates_a_closed_record_once_may_change_it_and_staff_read_it_with_an_event_each_time() {
        Opened matter = closed(matter("LITIGATION"));
        assertThat(as(requester, () -> feedback.mayRate(matter.id()))).isTrue();

        PortalFeedback given = as(requester, () -> feedback.rate(matter.id(), 4, "  Quick and clear.  "));
        assertThat(given.rating()).isEqualTo(4);
        assertThat(given.comment()).isEqualTo("Quick and clear.");
        FeedbackDetails read = as(lawyer, () -> feedback.of(matter.id())).orElseThrow();
        assertThat(read).extracting(FeedbackDetails::rating, FeedbackDetails::comment, FeedbackDetails::givenBy)
                .containsExactly(4, "Quick and clear.", requester.personId());
        assertThat(read.changed()).isFalse();

        as(requester, () -> feedback.rate(matter.id(), 5, null));
        FeedbackDetails changed = as(lawyer, () -> feedback.of(matter.id())).orElseThrow();
        assertThat(changed.rating()).isEqualTo(5);
        assertThat(changed.comment()).isEmpty();
        assertThat(changed.firstGivenAt()).isEqualTo(read.firstGivenAt());
        assertThat(changed.changed()).isTrue();
        assertThat(as(requester, () -> feedback.forRequester(matter.id()))).map(PortalFeedback::rating).contains(5);
        assertThat(in(() -> jdbc.queryForObject("select count(*) from record_feedback where record_id = ?", Long.class,
                matter.id()))).as("one feedback per record").isEqualTo(1);
        assertThat(events.stream(FeedbackGiven.class)).extracting(FeedbackGiven::recordId, FeedbackGiven::rating,
                        FeedbackGiven::first, FeedbackGiven::actorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(matter.id(), 4, true, requester.personId()),
                        org.assertj.core.groups.Tuple.tuple(matter.id(), 5, false, requester.personId()));
        EventListeners.awaitCompletion(jdbc);
        assertThat(in(() -> jdbc.queryForList("select action, visible_to_portal, after ->> 'rating' as rating "
                + "from activity where record_ref = ? and action like 'feedback.%' order by at", matter.id())))
                .as("on the record's activity, for staff only, without the comment")
                .extracting(r -> r.get("action"), r -> r.get("visible_to_portal"), r -> r.get("rating"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("feedback.given", false, "4"),
                        org.assertj.core.groups.Tuple.tuple("feedback.changed", false, "5"));
    }

    @Test
    void a_record_that_is_not_closed_is_refused_on_its_status_and_nothing_is_stored() {
        Opened matter = matter("CORPORATE");
        assertThat(as(requester, () -> feedback.mayRate(matter.id()))).isFalse();
        assertThatThrownBy(() -> as(requester, () -> feedback.rate(matter.id(), 5, "Too early")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.code()).isEqualTo("not-closed");
                });
        assertThat(as(lawyer, () -> feedback.of(matter.id()))).isEmpty();
        assertThat(events.stream(FeedbackGiven.class)).isEmpty();
    }

    @Test
    void only_the_requester_finds_the_record_a_colleague_staff_and_another_tenant_do_not() {
        Opened matter = closed(matter("IP"));
        assertThatThrownBy(() -> as(colleague, () -> feedback.rate(matter.id(), 1, "Not mine")))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as(lawyer, () -> feedback.rate(matter.id(), 5, "Staff")))
                .isInstanceOf(NoSuchElementException.class);
        CurrentTenant acme = acme();
        TenantMember acmeRequester = new TenantMember(acme, "ACME Legal", TenantContext.call(acme,
                () -> transactions.execute(s -> jdbc.queryForObject("select id from person where email = ?",
                        UUID.class, "requester@client.test"))), "requester@client.test", "Rachel Moreau",
                Set.of(Role.PORTAL_USER));
        assertThatThrownBy(() -> as(acmeRequester, () -> feedback.rate(matter.id(), 1, "Other tenant")))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(as(colleague, () -> feedback.forRequester(matter.id()))).isEmpty();
        assertThat(as(colleague, () -> feedback.mayRate(matter.id()))).isFalse();
        assertThat(in(() -> jdbc.queryForObject("select count(*) from record_feedback where record_id = ?", Long.class,
                matter.id()))).isZero();

        TenantMember acmeLawyer = new TenantMember(acme, "ACME Legal", UUID.randomUUID(), "lawyer@acme.test",
                "Louis Durand", Set.of(Role.LEGAL_STAFF));
        long acmeRatings = as(acmeLawyer, () -> feedback.averages().all().count());
        as(requester, () -> feedback.rate(matter.id(), 3, "Fine"));
        assertThat(as(acmeLawyer, () -> feedback.of(matter.id()))).as("another tenant's staff").isEmpty();
        assertThat(as(acmeLawyer, () -> feedback.averages().all().count())).as("counted in its own tenant only")
                .isEqualTo(acmeRatings);
        assertThat(as(lawyer, () -> feedback.averages().all().count())).isEqualTo(1);
        Integer touched = TenantContext.call(acme, () -> transactions.execute(s -> jdbc.update(
                "update record_feedback set rating = 1 where record_id = ?", matter.id())));
        assertThat(touched).as("row-level security").isZero();
        assertThat(as(lawyer, () -> feedback.of(matter.id())).orElseThrow().rating()).isEqualTo(3);
        assertThatThrownBy(() -> as(requester, () -> feedback.of(matter.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(requester, feedback::averages)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_rating_outside_1_to_5_or_an_overlong_comment_is_refused_naming_the_field() {
        Opened matter = closed(matter("LITIGATION"));
        for (Integer rating : new Integer[] {0, 6, null}) {
            assertThatThrownBy(() -> as(requester, () -> feedback.rate(matter.id(), rating, "")))
                    .isInstanceOfSatisfying(InvalidParameterException.class,
                            e -> assertThat(e.field()).isEqualTo("rating"));
        }
        assertThatThrownBy(() -> as(requester, () -> feedback.rate(matter.id(), 3, "x".repeat(2_001))))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("comment"));
        assertThat(as(lawyer, () -> feedback.of(matter.id()))).isEmpty();
    }

    @Test
    void the_home_averages_the_last_90_days_per_board_for_matters_on_no_board_for_contracts_and_for_all() {
        rate(closed(matter("LITIGATION")), 5);
        rate(closed(matter("LITIGATION")), 3);
        Opened old = closed(matter("LITIGATION"));
        rate(old, 1);
        in(() -> jdbc.update("update record_feedback set given_at = now() - interval '91 days', "
                + "first_given_at = now() - interval '91 days' where record_id = ?", old.id()));
        rate(closed(matter("CORPORATE")), 2);
        rate(closed(matter(null)), 4);
        rate(closed(contract()), 1);

        FeedbackAverages averages = as(lawyer, feedback::averages);
        assertThat(averages.board("LITIGATION")).as("the 91-day-old rating is left out")
                .isEqualTo(new RatingAverage(2, 4.0));
        assertThat(averages.board("CORPORATE")).isEqualTo(new RatingAverage(1, 2.0));
        assertThat(averages.board("IP")).isEqualTo(RatingAverage.NONE);
        assertThat(averages.unclassified()).isEqualTo(new RatingAverage(1, 4.0));
        assertThat(averages.contracts()).isEqualTo(new RatingAverage(1, 1.0));
        assertThat(averages.all().count()).isEqualTo(5);
        assertThat(averages.all().average()).isCloseTo(3.0, within(1e-9));
    }

    record Opened(UUID id, RecordKind kind, String reference) {
    }

    private Opened matter(String board) {
        return platform(() -> {
            var m = matters.open(new OpenMatter("Feedback " + System.nanoTime(), "", board, Origin.PORTAL,
                    requester.personId(), null, null, "test"));
            return new Opened(m.id(), RecordKind.MATTER, m.reference());
        });
    }

    private Opened contract() {
        return platform(() -> {
            var c = contracts.open(new OpenContract("Feedback " + System.nanoTime(), "", "NDA", "Initech", Origin.PORTAL,
                    requester.personId(), null, null, "test"));
            return new Opened(c.id(), RecordKind.CONTRACT, c.reference());
        });
    }

    /** Moves the record along its workflow, as the lawyer, until it is in a closed status. */
    private Opened closed(Opened record) {
        as(lawyer, () -> {
            RecordHeader header = work.header(record.kind(), record.reference()).orElseThrow();
            while (header.status().category() != StatusCategory.CLOSED) {
                RecordStatus next = header.transitions().stream()
                        .filter(s -> s.category() == StatusCategory.CLOSED).findFirst()
                        .orElse(header.transitions().get(0));
                header = work.transition(record.kind(), record.reference(), header.version(), next.code());
            }
            return header;
        });
        return record;
    }

    private void rate(Opened record, int rating) {
        as(requester, () -> feedback.rate(record.id(), rating, ""));
    }

    private TenantMember member(String email, Role role) {
        UUID person = in(() -> jdbc.queryForObject("select id from person where email = ?", UUID.class, email));
        return new TenantMember(tenant, "Feedback", person, email, email, Set.of(role));
    }

    private CurrentTenant acme() {
        TenantSummary acme = directory.findBySlug("acme").orElseThrow();
        return new CurrentTenant(acme.id(), acme.slug());
    }

    private static <T> T as(TenantMember member, Supplier<T> work) {
        try (TenantContext.Scope ignored = TenantContext.open(member)) {
            return work.get();
        }
    }

    private <T> T platform(Supplier<T> work) {
        return TenantContext.callAsPlatformWork(tenant, () -> transactions.execute(s -> work.get()));
    }

    private <T> T in(Supplier<T> work) {
        return TenantContext.call(tenant, () -> transactions.execute(s -> work.get()));
    }
}
