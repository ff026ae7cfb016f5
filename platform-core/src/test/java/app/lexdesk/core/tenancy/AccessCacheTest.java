package app.lexdesk.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AccessCacheTest {

    final AccessCache cache = new AccessCache(new TenantCaches(Duration.ofMinutes(1)));
    final LoginIdentity lawyer = new LoginIdentity("https://id/realms/lexdesk", "sub-1", "lawyer@acme.test", true,
            "Lea Lawyer", Set.of("acme"));
    final TenantMember member = new TenantMember(new CurrentTenant(UUID.randomUUID(), "acme"), "Acme Legal",
            UUID.randomUUID(), "lawyer@acme.test", "Lea Lawyer", Set.of(Role.LEGAL_STAFF));
    final AtomicInteger checks = new AtomicInteger();

    @Test
    void a_grant_is_checked_once_per_identity_and_tenant() {
        assertThat(cache.get(lawyer, "slug:acme", this::granted)).contains(member);
        assertThat(cache.get(lawyer, "slug:acme", this::refused)).contains(member);
        assertThat(checks).hasValue(1);
        assertThat(cache.get(lawyer, "slug:globex", this::refused)).as("another tenant is checked on its own").isEmpty();
    }

    @Test
    void a_changed_claim_is_another_identity_and_is_checked_again() {
        cache.get(lawyer, "slug:acme", this::granted);
        LoginIdentity leftTheOrganization = new LoginIdentity(lawyer.issuer(), lawyer.subject(), lawyer.email(), true,
                lawyer.displayName(), Set.of());
        assertThat(cache.get(leftTheOrganization, "slug:acme", this::refused)).isEmpty();
    }

    @Test
    void a_refusal_is_never_remembered() {
        assertThat(cache.get(lawyer, "slug:acme", this::refused)).isEmpty();
        assertThat(cache.get(lawyer, "slug:acme", this::granted)).contains(member);
        assertThat(checks).hasValue(2);
    }

    @Test
    void forgetting_makes_the_next_call_check_again() {
        cache.get(lawyer, "slug:acme", this::granted);
        cache.forgetAll();
        assertThat(cache.get(lawyer, "slug:acme", this::refused)).isEmpty();
    }

    @Test
    void a_grant_checked_while_memberships_changed_is_not_kept() {
        assertThat(cache.get(lawyer, "slug:acme", () -> {
            // The lawyer's role is taken away on this node while this check is running.
            cache.forgetAll();
            return granted();
        })).contains(member);
        assertThat(cache.get(lawyer, "slug:acme", this::refused)).as("the next call is checked again").isEmpty();
    }

    private Optional<TenantMember> granted() {
        checks.incrementAndGet();
        return Optional.of(member);
    }

    private Optional<TenantMember> refused() {
        checks.incrementAndGet();
        return Optional.empty();
    }
}
