package app.lexdesk.core.onboarding;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.onboarding.SignupDomainRefusedException.Reason;
import app.lexdesk.core.onboarding.internal.KeycloakOrganizations;
import app.lexdesk.core.onboarding.internal.KeycloakOrganizations.DomainTakenException;
import app.lexdesk.core.onboarding.internal.KeycloakOrganizations.KeycloakUser;
import app.lexdesk.core.onboarding.internal.SignupDomainEntity;
import app.lexdesk.core.onboarding.internal.SignupDomainRepository;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.LoginIdentity;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantLogin;
import app.lexdesk.core.tenancy.TenantSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self-signup by email domain. Administrators name, per company, the domains whose people may sign up by themselves
 * (checked here); each is also added to the tenant's Keycloak Organization, where a domain belongs to one
 * organization at most. A person who registered on Keycloak's page and verified their address then joins on their
 * first visit to the tenant ({@link #join}): they become a member of the organization and a portal user of the
 * company, and log in again so their token names the organization.
 */
@Service
public class SignupDomainService {

    private static final Logger log = LoggerFactory.getLogger(SignupDomainService.class);
    private static final Pattern DOMAIN = Pattern.compile(
            "^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$");

    private final SignupDomainRepository domains;
    private final PeopleService people;
    private final MembershipService memberships;
    private final TenantDirectory directory;
    private final KeycloakOrganizations keycloak;
    private final TransactionTemplate transactions;

    SignupDomainService(SignupDomainRepository domains, PeopleService people, MembershipService memberships,
            TenantDirectory directory, KeycloakOrganizations keycloak, TransactionTemplate transactions) {
        this.domains = domains;
        this.people = people;
        this.memberships = memberships;
        this.directory = directory;
        this.keycloak = keycloak;
        this.transactions = transactions;
    }

    /** The current tenant's self-signup domains, by domain. */
    @Transactional(readOnly = true)
    public List<SignupDomainSummary> all() {
        TenantContext.require();
        Administration.requireAdministrator();
        Map<UUID, String> companies = new HashMap<>();
        return domains.findAllByOrderByDomainAsc().stream().map(d -> new SignupDomainSummary(d.getId(),
                d.getCompanyId(), companies.computeIfAbsent(d.getCompanyId(), id -> people.findCompany(id)
                        .map(CompanySummary::name).orElse("")), d.getDomain())).toList();
    }

    /**
     * The self-signup domains of one company of the current tenant, by domain.
     *
     * @throws SignupDomainRefusedException ({@link Reason#UNKNOWN_COMPANY}) when the tenant has no such company
     */
    @Transactional(readOnly = true)
    public List<SignupDomainSummary> ofCompany(UUID companyId) {
        TenantContext.require();
        Administration.requireAdministrator();
        CompanySummary company = company(companyId);
        return domains.findByCompanyIdOrderByDomainAsc(company.id()).stream().map(d -> new SignupDomainSummary(
                d.getId(), company.id(), company.name(), d.getDomain())).toList();
    }

    /**
     * Lets people whose verified address is at {@code domain} sign up as portal users of {@code companyId}.
     *
     * @throws InvalidParameterException for a domain that is not one ({@code domain})
     * @throws SignupDomainRefusedException when the tenant has no such company ({@link Reason#UNKNOWN_COMPANY}), or a
     *         company here or another organization has the domain ({@link Reason#TAKEN})
     * @throws IdentityUnavailableException when Keycloak cannot take it; nothing is stored
     */
    @Transactional
    public SignupDomainSummary allow(UUID companyId, String domain) {
        CurrentTenant tenant = TenantContext.require();
        Administration.requireAdministrator();
        CompanySummary company = company(companyId);
        String name = domain(domain);
        if (domains.findByDomain(name).isPresent()) {
            throw new SignupDomainRefusedException(Reason.TAKEN, name + " already lets people sign up here.");
        }
        SignupDomainEntity saved = domains.saveAndFlush(new SignupDomainEntity(company.id(), name));
        try {
            if (!keycloak.addDomain(organization(tenant), name)) {
                throw new SignupDomainRefusedException(Reason.TAKEN, name + " is the department's own domain.");
            }
        } catch (DomainTakenException e) {
            throw new SignupDomainRefusedException(Reason.TAKEN, name + " belongs to another organization.");
        }
        log.info("Domain {} lets people sign up as portal users of company {}", name, company.id());
        return new SignupDomainSummary(saved.getId(), company.id(), company.name(), name);
    }

    /** Stops self-signup for the domain; people who joined by it keep their membership. */
    @Transactional
    public void disallow(UUID id) {
        CurrentTenant tenant = TenantContext.require();
        Administration.requireAdministrator();
        SignupDomainEntity domain = domains.findById(id).orElseThrow(() -> new SignupDomainRefusedException(
                Reason.UNKNOWN, "No self-signup domain " + id + " here."));
        domains.delete(domain);
        domains.flush();
        keycloak.removeDomain(organization(tenant), domain.getDomain());
        log.info("Domain {} no longer lets people sign up", domain.getDomain());
    }

    /**
     * Stops self-signup for {@code domain} as one of {@code companyId}'s domains; people who joined by it keep their
     * membership.
     *
     * @throws InvalidParameterException for a domain that is not one ({@code domain})
     * @throws SignupDomainRefusedException when the tenant has no such company ({@link Reason#UNKNOWN_COMPANY}) or
     *         the company has no such domain ({@link Reason#UNKNOWN})
     */
    @Transactional
    public void disallow(UUID companyId, String domain) {
        TenantContext.require();
        Administration.requireAdministrator();
        CompanySummary company = company(companyId);
        String name = domain(domain);
        SignupDomainEntity found = domains.findByCompanyIdAndDomain(company.id(), name).orElseThrow(
                () -> new SignupDomainRefusedException(Reason.UNKNOWN, company.name() + " has no self-signup domain "
                        + name + "."));
        disallow(found.getId());
    }

    /**
     * Lets a person who is not a member of tenant {@code slug} join it by themselves, when their address's domain is
     * one of the tenant's self-signup domains: true when they joined and must log in again (so their token names the
     * tenant's organization), false when nothing was done. Keycloak itself must hold the login with that address
     * verified — the token's claims alone decide nothing here. Someone who has, had or awaits a membership there
     * (a deactivated one included) never joins this way.
     */
    public boolean join(String slug, LoginIdentity identity) {
        if (!identity.emailVerified() || identity.email() == null || identity.email().indexOf('@') < 0) {
            return false;
        }
        Optional<TenantSummary> tenant = directory.findBySlug(slug).filter(t -> "ACTIVE".equals(t.status()));
        if (tenant.isEmpty()) {
            return false;
        }
        TenantLogin login = directory.login(tenant.get().id());
        if (!login.issuer().equals(identity.issuer())) {
            return false;
        }
        String email = identity.email();
        String domain = email.substring(email.lastIndexOf('@') + 1);
        CurrentTenant current = new CurrentTenant(tenant.get().id(), tenant.get().slug());
        // No person acts in the tenant yet: the work is the platform's, on the person's behalf, and does one thing.
        Boolean joined = TenantContext.callAsPlatformWork(current, () -> transactions.execute(s -> {
            Optional<SignupDomainEntity> allowed = domains.findByDomain(domain);
            if (allowed.isEmpty() || memberships.exists(email, identity.subject())) {
                return false;
            }
            Optional<KeycloakUser> user = keycloak.user(identity.subject())
                    .filter(u -> u.emailVerified() && email.equalsIgnoreCase(u.email()));
            if (user.isEmpty()) {
                return false;
            }
            PersonDetails person = people.ensurePerson(email, orEmpty(user.get().firstName()),
                    user.get().lastName() == null || user.get().lastName().isBlank() ? email
                            : user.get().lastName(), allowed.get().getCompanyId());
            if (person.companyId() == null) {
                person = people.placeInCompany(person.id(), allowed.get().getCompanyId());
            } else if (!person.companyId().equals(allowed.get().getCompanyId())) {
                return false;
            }
            memberships.grant(person.id(), email, person.displayName(), Set.of(Role.PORTAL_USER));
            keycloak.addMember(login.organization(), identity.subject());
            log.info("Person {} signed up in {} by domain {}", person.id(), slug, domain);
            return true;
        }));
        return Boolean.TRUE.equals(joined);
    }

    private CompanySummary company(UUID companyId) {
        return Optional.ofNullable(companyId).flatMap(people::findCompany).orElseThrow(
                () -> new SignupDomainRefusedException(Reason.UNKNOWN_COMPANY, "No company " + companyId + " here."));
    }

    private String organization(CurrentTenant tenant) {
        return directory.login(tenant.id()).organization();
    }

    private static String domain(String value) {
        String name = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            throw new InvalidParameterException("domain", "required", "domain is required.");
        }
        if (name.length() > 253 || !DOMAIN.matcher(name).matches()) {
            throw new InvalidParameterException("domain", "invalid-domain",
                    "domain is an email domain such as client.example.");
        }
        return name;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
