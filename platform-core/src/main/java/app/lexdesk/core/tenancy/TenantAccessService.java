package app.lexdesk.core.tenancy;

import app.lexdesk.core.tenancy.internal.MembershipEntity;
import app.lexdesk.core.tenancy.internal.MembershipRepository;
import app.lexdesk.core.tenancy.internal.TenantEntity;
import app.lexdesk.core.tenancy.internal.TenantRepository;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides whether an identity may act in a tenant. All three must hold: the tenant exists and is active and
 * its issuer is the token's; the token's {@code organization} claim names the tenant's organization; the
 * person has an active Lexdesk membership there (matched by subject, or bound by verified email at first
 * login). Anything else is "no access", with no hint whether the tenant exists.
 */
@Service
public class TenantAccessService {

    private static final Logger log = LoggerFactory.getLogger(TenantAccessService.class);

    private final TenantRepository tenants;
    private final MembershipRepository memberships;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AccessCache cache;

    TenantAccessService(TenantRepository tenants, MembershipRepository memberships,
            TransactionTemplate transactions, AccessCache cache, Optional<Clock> clock) {
        this.cache = cache;
        this.tenants = tenants;
        this.memberships = memberships;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The member {@code identity} is in tenant {@code slug}, or empty when access must be refused. */
    public Optional<TenantMember> resolve(String slug, LoginIdentity identity) {
        return cache.get(identity, "slug:" + slug, () -> transactions.execute(s -> tenants.findBySlug(slug))
                .flatMap(t -> resolve(t, identity)));
    }

    private Optional<TenantMember> resolve(TenantEntity tenant, LoginIdentity identity) {
        if (!tenant.isActive() || !tenant.getIssuer().equals(identity.issuer())
                || !identity.organizations().contains(tenant.getOrganization())) {
            return Optional.empty();
        }
        CurrentTenant current = new CurrentTenant(tenant.getId(), tenant.getSlug());
        try (TenantContext.Scope ignored = TenantContext.open(current)) {
            return transactions.execute(s -> membership(identity)
                    .filter(MembershipEntity::isActive)
                    .map(m -> {
                        if (m.getSubject() == null) {
                            log.info("Binding login {} to membership {} in {}", identity.subject(), m.getId(),
                                    tenant.getSlug());
                        }
                        m.loggedIn(identity.subject(), identity.displayName(), clock.instant());
                        return member(current, tenant.getName(), m);
                    }));
        }
    }

    /**
     * For API calls, whose URLs name no tenant: the token must name exactly one organization (clients ask
     * for scope {@code organization:<alias>}), and that organization's tenant is the one acted in.
     */
    public Optional<TenantMember> resolveSingleOrganization(LoginIdentity identity) {
        if (identity.organizations().size() != 1) {
            return Optional.empty();
        }
        String organization = identity.organizations().iterator().next();
        return cache.get(identity, "organization:" + organization, () -> transactions.execute(s ->
                tenants.findByIssuerAndOrganization(identity.issuer(), organization)).flatMap(t -> resolve(t, identity)));
    }

    /** The tenants {@code identity} can enter, for a person landing on the application root. */
    public List<TenantMember> memberships(LoginIdentity identity) {
        return transactions.execute(s -> tenants.findByOrganizationInOrderBySlug(identity.organizations()))
                .stream().map(t -> resolve(t, identity)).flatMap(Optional::stream).toList();
    }

    private Optional<MembershipEntity> membership(LoginIdentity identity) {
        Optional<MembershipEntity> bySubject = memberships.findBySubject(identity.subject());
        if (bySubject.isPresent() || !identity.emailVerified() || identity.email() == null) {
            return bySubject;
        }
        return memberships.findByEmailAndSubjectIsNull(identity.email());
    }

    private static TenantMember member(CurrentTenant tenant, String tenantName, MembershipEntity m) {
        return new TenantMember(tenant, tenantName, m.getPersonId(), m.getEmail(), m.getDisplayName(),
                Arrays.stream(m.getRoles()).map(Role::fromKey).flatMap(Optional::stream).collect(Collectors.toSet()));
    }
}
