package app.lexdesk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.PortalRequest;
import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.intake.SaveRequestType;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.provisioning.ProvisionTenant;
import app.lexdesk.core.provisioning.TenantProvisioningService;
import app.lexdesk.core.responses.ExpectedResponseService;
import app.lexdesk.core.responses.PortalExpectedAnswer;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.RegisterTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.tenancy.TenantSummary;
import app.lexdesk.core.testing.EventListeners;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant calendar on the real database, in tenants of this test's own: administrators set it, the legal team
 * cannot, another tenant keeps its own (the default), and a submission's promised day skips its holidays.
 */
@CoreIntegrationTest
class TenantCalendarIT {

    @Autowired TenantCalendarService calendars;
    @Autowired RequestTypeService types;
    @Autowired IntakeService intake;
    @Autowired ExpectedResponseService expected;
    @Autowired TenantProvisioningService provisioning;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Value("${lexdesk.identity.issuer}") String issuer;

    @Test
    void administrators_set_the_calendar_of_their_own_tenant_only_and_the_legal_team_cannot() {
        Tenant first = fresh();
        Tenant second = fresh();
        SaveTenantCalendar week = SaveTenantCalendar.of(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), LocalTime.of(16, 30),
                List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 1, 1)));

        TenantCalendar saved = as(first.admin(), () -> calendars.save(week));
        assertThat(saved.workingDays()).containsExactlyInAnyOrderElementsOf(week.workingDays());
        assertThat(as(first.lawyer(), calendars::calendar)).isEqualTo(saved);
        assertThat(as(first.lawyer(), calendars::calendar).holidays())
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 25));
        assertThat(in(first.tenant(), () -> jdbc.queryForMap("select working_days::text as days, day_ends::text as "
                + "ends from tenant_calendar"))).containsEntry("days", "{1,2,3,4,7}").containsEntry("ends", "16:30:00");

        TenantCalendar changed = as(first.admin(), () -> calendars.save(SaveTenantCalendar.of(
                TenantCalendar.DEFAULT.workingDays(), LocalTime.of(17, 0), List.of())));
        assertThat(changed.holidays()).isEmpty();
        assertThat(in(first.tenant(), () -> jdbc.queryForObject("select count(*) from tenant_calendar", Long.class)))
                .as("one row per tenant").isEqualTo(1);

        assertThat(as(second.lawyer(), calendars::calendar)).as("another tenant keeps the default")
                .isEqualTo(TenantCalendar.DEFAULT);
        assertThat(in(second.tenant(), () -> jdbc.queryForObject("select count(*) from tenant_calendar", Long.class)))
                .isZero();
        assertThatThrownBy(() -> as(first.lawyer(), () -> calendars.save(week)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(first.lawyer(), calendars::calendar).dayEnds()).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void a_submissions_promised_day_skips_the_tenants_holidays() {
        Tenant t = fresh();
        LocalDate today = TenantCalendar.DEFAULT.today(Clock.systemUTC());
        TenantCalendar calendar = as(t.admin(), () -> calendars.save(SaveTenantCalendar.of(
                EnumSet.allOf(DayOfWeek.class), LocalTime.of(23, 59),
                IntStream.rangeClosed(1, 3).mapToObj(today::plusDays).toList())));
        as(t.admin(), () -> types.save(new SaveRequestType("quick", RequestKind.MATTER, "Quick", "Rapide", "", "",
                null, List.of(), true, 1)));

        PortalRequest request = as(t.requester(), () -> intake.submit(new SubmitRequest("quick", "Holidays ahead", "",
                Map.of(), "en", null, List.of())));
        EventListeners.awaitCompletion(jdbc);
        UUID record = in(t.tenant(), () -> jdbc.queryForObject("select id from matter where request_id = ?",
                UUID.class, request.id()));

        LocalDate promised = as(t.requester(), () -> expected.forRequester(record)).map(PortalExpectedAnswer::expectedBy)
                .orElseThrow();
        assertThat(promised).isEqualTo(calendar.answerExpectedBy(request.submittedAt(), 1))
                .as("after the three days off").isAfter(today.plusDays(3));
    }

    record Tenant(CurrentTenant tenant, TenantMember admin, TenantMember lawyer, TenantMember requester) {
    }

    private Tenant fresh() {
        String slug = "cal" + Long.toString(System.nanoTime(), 36);
        TenantSummary provisioned = provisioning.provision(new ProvisionTenant(new RegisterTenant(slug, "Calendar "
                + slug, issuer, slug, "en"), List.of(
                new ProvisionTenant.Member("admin@" + slug + ".test", "Ada", "Admin", null, Set.of(Role.TENANT_ADMIN)),
                new ProvisionTenant.Member("lawyer@" + slug + ".test", "Louis", "Durand", null,
                        Set.of(Role.LEGAL_STAFF)),
                new ProvisionTenant.Member("requester@" + slug + ".test", "Rachel", "Moreau", "Client Co",
                        Set.of(Role.PORTAL_USER))), List.of()));
        CurrentTenant tenant = new CurrentTenant(provisioned.id(), provisioned.slug());
        return new Tenant(tenant, member(tenant, "admin@" + slug + ".test", Role.TENANT_ADMIN),
                member(tenant, "lawyer@" + slug + ".test", Role.LEGAL_STAFF),
                member(tenant, "requester@" + slug + ".test", Role.PORTAL_USER));
    }

    private TenantMember member(CurrentTenant tenant, String email, Role role) {
        UUID person = in(tenant, () -> jdbc.queryForObject("select id from person where email = ?", UUID.class,
                email));
        return new TenantMember(tenant, "Calendar", person, email, email, Set.of(role));
    }

    private static <T> T as(TenantMember member, Supplier<T> work) {
        try (TenantContext.Scope ignored = TenantContext.open(member)) {
            return work.get();
        }
    }

    private <T> T in(CurrentTenant tenant, Supplier<T> work) {
        return TenantContext.call(tenant, () -> transactions.execute(s -> work.get()));
    }
}
