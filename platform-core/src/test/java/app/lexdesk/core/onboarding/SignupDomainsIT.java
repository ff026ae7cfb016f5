package app.lexdesk.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.LoginIdentity;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.MembershipSummary;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.tenancy.TenantSummary;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DemoData;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Self-signup by email domain: a company names a domain, Keycloak's organization gets it, and a person who
 * registered on Keycloak's page with a verified address at that domain joins as a portal user of the company on
 * their first visit — and nobody else does: not an unverified address, not another domain, not someone whose access
 * was withdrawn. Each test uses a domain of its own.
 */
@CoreIntegrationTest
class SignupDomainsIT {

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);
    @Autowired SignupDomainService signups;
    @Autowired PeopleService people;
    @Autowired MembershipService memberships;
    @Autowired TenantDirectory directory;

    @Test
    void a_verified_person_of_an_allowed_domain_joins_as_a_portal_user_of_its_company() {
        String domain = domain();
        CompanySummary company = asAdministrator("acme", () -> people.ensureCompany("Signup Co " + domain));
        SignupDomainSummary allowed = asAdministrator("acme", () -> signups.allow(company.id(), "@" + domain));
        assertThat(allowed.domain()).isEqualTo(domain);
        assertThat(asAdministrator("acme", () -> signups.all())).extracting(SignupDomainSummary::domain,
                SignupDomainSummary::companyName).contains(tuple(domain, company.name()));
        DemoData.User sam = new DemoData.User("sam@" + domain, "Sam", "Signup", "portal-user", null);
        services.addUnaffiliatedTenantUser(sam, true);
        String before = api.token(sam.email(), "openid organization");
        assertThat(api.get("/api/v1/me", before).statusCode()).as("in no organization yet").isEqualTo(403);

        assertThat(signups.join("acme", identity(before))).isTrue();

        String after = api.token(sam.email(), "openid organization");
        JsonNode me = ApiClient.json(api.get("/api/v1/me", after).body());
        assertThat(me.get("tenant").asText()).isEqualTo("acme");
        assertThat(me.get("roles").toString()).isEqualTo("[\"portal-user\"]");
        PersonDetails person = asAdministrator("acme", () -> people.findPerson(UUID.fromString(
                me.get("personId").asText()))).orElseThrow();
        assertThat(person.companyName()).isEqualTo(company.name());
        assertThat(person.displayName()).isEqualTo("Sam Signup");
        assertThat(signups.join("acme", identity(after))).as("a member does not join twice").isFalse();
    }

    @Test
    void an_unverified_address_another_domain_and_a_withdrawn_member_do_not_join() {
        String domain = domain();
        CompanySummary company = asAdministrator("acme", () -> people.ensureCompany("Careful Co " + domain));
        asAdministrator("acme", () -> signups.allow(company.id(), domain));

        DemoData.User unverified = new DemoData.User("una@" + domain, "Una", "Unverified", "portal-user", null);
        services.addUnaffiliatedTenantUser(unverified, false);
        String una = services.tenantUserId(unverified.email());
        assertThat(signups.join("acme", new LoginIdentity(services.tenantIssuer(), una, unverified.email(), false,
                "Una Unverified", Set.of()))).isFalse();
        // A login claiming the address verified is not enough: Keycloak must hold it verified.
        assertThat(signups.join("acme", new LoginIdentity(services.tenantIssuer(), una, unverified.email(), true,
                "Una Unverified", Set.of()))).isFalse();

        DemoData.User elsewhere = new DemoData.User("olga@other-" + domain, "Olga", "Other", "portal-user", null);
        services.addUnaffiliatedTenantUser(elsewhere, true);
        assertThat(signups.join("acme", identity(api.token(elsewhere.email(), "openid organization")))).isFalse();

        DemoData.User dora = new DemoData.User("dora@" + domain, "Dora", "Deactivated", "portal-user", null);
        services.addUnaffiliatedTenantUser(dora, true);
        assertThat(signups.join("globex", identity(api.token(dora.email(), "openid organization"))))
                .as("the domain is acme's, not globex's").isFalse();
        assertThat(signups.join("acme", identity(api.token(dora.email(), "openid organization")))).isTrue();
        UUID doraId = asAdministrator("acme", () -> memberships.all()).stream()
                .filter(m -> m.email().equals(dora.email())).findFirst().map(MembershipSummary::personId)
                .orElseThrow();
        asAdministrator("acme", () -> memberships.deactivate(doraId));
        assertThat(signups.join("acme", identity(api.token(dora.email(), "openid organization"))))
                .as("withdrawn access is not taken back by signing up").isFalse();
        assertThat(api.get("/api/v1/me", api.token(dora.email(), "openid organization")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_domain_belongs_to_one_organization_until_it_is_given_up_and_only_administrators_name_them() {
        String domain = domain();
        CompanySummary acmeCompany = asAdministrator("acme", () -> people.ensureCompany("First Co " + domain));
        CompanySummary globexCompany = asAdministrator("globex", () -> people.ensureCompany("Second Co " + domain));
        SignupDomainSummary acme = asAdministrator("acme", () -> signups.allow(acmeCompany.id(), domain));

        assertThatThrownBy(() -> asAdministrator("globex", () -> signups.allow(globexCompany.id(), domain)))
                .isInstanceOfSatisfying(SignupDomainRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignupDomainRefusedException.Reason.TAKEN));
        assertThat(asAdministrator("globex", () -> signups.all())).extracting(SignupDomainSummary::domain)
                .doesNotContain(domain);
        assertThatThrownBy(() -> asAdministrator("globex", () -> {
            signups.disallow(acme.id());
            return null;
        })).as("another tenant's domain is not even seen").isInstanceOfSatisfying(SignupDomainRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(SignupDomainRefusedException.Reason.UNKNOWN));
        assertThatThrownBy(() -> asAdministrator("acme", () -> signups.allow(acmeCompany.id(), "acme.test")))
                .as("the department's own domain").isInstanceOf(SignupDomainRefusedException.class);
        assertThatThrownBy(() -> asAdministrator("acme", () -> signups.allow(acmeCompany.id(), "not a domain")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("domain"));
        assertThatThrownBy(() -> as("acme", "lawyer@acme.test", () -> signups.allow(acmeCompany.id(), "x-" + domain)))
                .isInstanceOf(AccessDeniedException.class);

        asAdministrator("acme", () -> {
            signups.disallow(acme.id());
            return null;
        });
        SignupDomainSummary moved = asAdministrator("globex", () -> signups.allow(globexCompany.id(), domain));
        assertThat(moved.companyName()).isEqualTo(globexCompany.name());
    }

    private LoginIdentity identity(String token) {
        JsonNode claims = InvitationsIT.claims(token);
        Set<String> organizations = new HashSet<>();
        JsonNode claim = claims.path("organization");
        claim.fieldNames().forEachRemaining(organizations::add);
        claim.elements().forEachRemaining(n -> organizations.add(n.asText()));
        return new LoginIdentity(claims.get("iss").asText(), claims.get("sub").asText(),
                claims.get("email").asText(), claims.get("email_verified").asBoolean(), claims.path("name").asText(),
                organizations);
    }

    private static String domain() {
        return "signup-" + Long.toString(System.nanoTime(), 36) + ".test";
    }

    private <T> T asAdministrator(String slug, Supplier<T> work) {
        return as(slug, "admin@" + slug + ".test", work);
    }

    private <T> T as(String slug, String email, Supplier<T> work) {
        TenantSummary tenant = directory.findBySlug(slug).orElseThrow();
        CurrentTenant current = new CurrentTenant(tenant.id(), tenant.slug());
        MembershipSummary member = TenantContext.callAsPlatformWork(current, () -> memberships.all()).stream()
                .filter(m -> m.email().equals(email)).findFirst().orElseThrow();
        try (TenantContext.Scope ignored = TenantContext.open(new TenantMember(current, tenant.name(),
                member.personId(), member.email(), member.displayName(), member.roles()))) {
            return work.get();
        }
    }
}
