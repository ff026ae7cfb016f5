package app.lexdesk.core.fairuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    final CurrentTenant acme = new CurrentTenant(UUID.randomUUID(), "acme");
    final CurrentTenant globex = new CurrentTenant(UUID.randomUUID(), "globex");
    final RateLimits limits = new RateLimits(new RateLimits.Settings(true, Duration.ofHours(1),
            new RateLimits.Settings.Limit(2, 3), new RateLimits.Settings.Limit(1, 1),
            new RateLimits.Settings.Limit(1, 1)));

    @Test
    void a_person_gets_their_allowance_then_a_refusal_saying_when_to_retry() {
        TenantMember alice = member(acme);
        as(alice, () -> limits.acquire(RateLimits.Action.SUBMISSION));
        as(alice, () -> limits.acquire(RateLimits.Action.SUBMISSION));
        assertThatThrownBy(() -> as(alice, () -> limits.acquire(RateLimits.Action.SUBMISSION)))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.action()).isEqualTo(RateLimits.Action.SUBMISSION);
                    // Two an hour, refilled steadily: the next one in about half an hour.
                    assertThat(e.retryAfterSeconds()).isBetween(1700L, 1800L);
                    assertThat(e.getMessage()).startsWith("You have made too many submissions");
                });
    }

    @Test
    void a_tenants_people_share_one_allowance_that_other_tenants_do_not_touch() {
        TenantMember alice = member(acme);
        TenantMember bob = member(acme);
        TenantMember carol = member(acme);
        as(alice, () -> limits.acquire(RateLimits.Action.SUBMISSION));
        as(alice, () -> limits.acquire(RateLimits.Action.SUBMISSION));
        as(bob, () -> limits.acquire(RateLimits.Action.SUBMISSION));
        assertThatThrownBy(() -> as(carol, () -> limits.acquire(RateLimits.Action.SUBMISSION)))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.getMessage()).startsWith("Your organisation has made too many submissions"));
        as(member(globex), () -> limits.acquire(RateLimits.Action.SUBMISSION));
    }

    @Test
    void actions_are_counted_apart_and_limits_can_be_switched_off() {
        TenantMember alice = member(acme);
        as(alice, () -> limits.acquire(RateLimits.Action.UPLOAD));
        assertThatThrownBy(() -> as(alice, () -> limits.acquire(RateLimits.Action.UPLOAD)))
                .isInstanceOf(RateLimitedException.class);
        as(alice, () -> limits.acquire(RateLimits.Action.SUBMISSION));
        RateLimits off = new RateLimits(new RateLimits.Settings(false, Duration.ofHours(1),
                new RateLimits.Settings.Limit(0, 0), new RateLimits.Settings.Limit(0, 0),
                new RateLimits.Settings.Limit(0, 0)));
        as(alice, () -> off.acquire(RateLimits.Action.UPLOAD));
    }

    private static TenantMember member(CurrentTenant tenant) {
        return new TenantMember(tenant, tenant.slug(), UUID.randomUUID(), "x@" + tenant.slug() + ".test", "X",
                Set.of(Role.PORTAL_USER));
    }

    private static void as(TenantMember member, Runnable work) {
        try (TenantContext.Scope ignored = TenantContext.open(member)) {
            work.run();
        }
    }
}
