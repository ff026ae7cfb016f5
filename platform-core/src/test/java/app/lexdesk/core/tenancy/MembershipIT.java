package app.lexdesk.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.provisioning.ProvisionTenant;
import app.lexdesk.core.provisioning.TenantProvisioningService;
import app.lexdesk.core.tenancy.MembershipChangeRefusedException.Reason;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.core.testing.TestMembers;
import app.lexdesk.infra.DemoData;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;

/**
 * Administrators change roles and withdraw access; the change holds from the person's very next API call,
 * the rules keep every tenant administrable, and no administrator reaches another tenant's people.
 */
@CoreIntegrationTest
class MembershipIT {

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);
    @Autowired MembershipService memberships;
    @Autowired TenantProvisioningService provisioning;
    @Autowired TenantDirectory directory;
    @Value("${lexdesk.identity.issuer}") String issuer;

    @Test
    void a_deactivated_members_token_is_refused_at_the_next_call_with_a_problem_body() {
        DemoData.User lawyer = TestMembers.create(services, provisioning, issuer, DemoData.ACME, Role.LEGAL_STAFF);
        String token = api.token(lawyer.email(), "openid organization");
        HttpResponse<String> before = api.get("/api/v1/me", token);
        assertThat(before.statusCode()).isEqualTo(200);
        UUID personId = UUID.fromString(ApiClient.json(before.body()).get("personId").asText());

        asAcmeAdministrator(() -> memberships.deactivate(personId));
        try {
            HttpResponse<String> refused = api.get("/api/v1/me", token);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(ApiClient.json(refused.body()).get("type").asText()).endsWith("/no-tenant-access");
            assertThat(api.get("/api/v1/matters", token).statusCode()).isEqualTo(403);
        } finally {
            asAcmeAdministrator(() -> memberships.reactivate(personId));
        }
        assertThat(api.get("/api/v1/me", token).statusCode()).as("reactivated: the same token works again")
                .isEqualTo(200);
    }

    @Test
    void a_demoted_member_works_with_the_new_roles_from_the_next_call() {
        DemoData.User lawyer = TestMembers.create(services, provisioning, issuer, DemoData.ACME, Role.LEGAL_STAFF);
        String token = api.token(lawyer.email(), "openid organization");
        UUID personId = UUID.fromString(ApiClient.json(api.get("/api/v1/me", token).body()).get("personId").asText());
        assertThat(api.get("/api/v1/people/" + personId, token).statusCode()).isEqualTo(200);

        MembershipSummary changed = asAcmeAdministrator(() -> memberships.changeRoles(personId,
                Set.of(Role.PORTAL_USER)));

        assertThat(changed.roles()).containsExactly(Role.PORTAL_USER);
        JsonNode me = ApiClient.json(api.get("/api/v1/me", token).body());
        assertThat(me.get("roles").toString()).isEqualTo("[\"portal-user\"]");
        assertThat(api.get("/api/v1/people/" + personId, token).statusCode()).as("staff only").isEqualTo(403);
    }

    @Test
    void an_acme_administrator_cannot_see_or_change_a_globex_membership() {
        UUID globexLawyer = inTenant("globex", () -> memberships.all()).stream()
                .filter(m -> m.email().equals("lawyer@globex.test")).findFirst().orElseThrow().personId();

        assertThat(asAcmeAdministrator(() -> memberships.all())).extracting(MembershipSummary::email)
                .contains("admin@acme.test").doesNotContain("lawyer@globex.test", "admin@globex.test");
        assertThat(asAcmeAdministrator(() -> memberships.find(globexLawyer))).isEmpty();
        assertRefused(() -> asAcmeAdministrator(() -> memberships.changeRoles(globexLawyer,
                Set.of(Role.TENANT_ADMIN))), Reason.UNKNOWN_MEMBERSHIP);
        assertRefused(() -> asAcmeAdministrator(() -> memberships.deactivate(globexLawyer)),
                Reason.UNKNOWN_MEMBERSHIP);

        MembershipSummary untouched = inTenant("globex", () -> memberships.find(globexLawyer)).orElseThrow();
        assertThat(untouched.roles()).containsExactly(Role.LEGAL_STAFF);
        assertThat(untouched.active()).isTrue();
    }

    @Test
    void administrators_neither_demote_nor_deactivate_themselves_and_the_last_one_stays() {
        TenantSummary tenant = freshTenant(Role.TENANT_ADMIN, Role.TENANT_ADMIN, Role.LEGAL_STAFF);
        List<MembershipSummary> people = inTenant(tenant.slug(), () -> memberships.all());
        MembershipSummary first = people.get(0);
        MembershipSummary second = people.get(1);
        MembershipSummary lawyer = people.get(2);
        TenantMember firstAdmin = member(tenant, first);

        assertRefused(() -> as(firstAdmin, () -> memberships.changeRoles(first.personId(), Set.of(Role.LEGAL_STAFF))),
                Reason.OWN_ADMINISTRATOR_ROLE);
        assertRefused(() -> as(firstAdmin, () -> memberships.deactivate(first.personId())), Reason.OWN_MEMBERSHIP);
        assertRefused(() -> as(firstAdmin, () -> memberships.changeRoles(lawyer.personId(), Set.of())),
                Reason.NO_ROLE);
        assertThat(as(firstAdmin, () -> memberships.changeRoles(first.personId(),
                Set.of(Role.TENANT_ADMIN, Role.LEGAL_STAFF))).roles())
                .as("keeping the administrator role is fine").contains(Role.TENANT_ADMIN, Role.LEGAL_STAFF);

        as(firstAdmin, () -> memberships.changeRoles(second.personId(), Set.of(Role.LEGAL_STAFF)));
        assertRefused(() -> inTenant(tenant.slug(), () -> memberships.deactivate(first.personId())),
                Reason.LAST_ADMINISTRATOR);
        assertRefused(() -> inTenant(tenant.slug(), () -> memberships.changeRoles(first.personId(),
                Set.of(Role.LEGAL_STAFF))), Reason.LAST_ADMINISTRATOR);

        as(firstAdmin, () -> memberships.changeRoles(second.personId(), Set.of(Role.TENANT_ADMIN)));
        as(firstAdmin, () -> memberships.deactivate(second.personId()));
        assertRefused(() -> inTenant(tenant.slug(), () -> memberships.changeRoles(first.personId(),
                Set.of(Role.LEGAL_STAFF))), Reason.LAST_ADMINISTRATOR);
        assertThat(inTenant(tenant.slug(), () -> memberships.all())).extracting(MembershipSummary::email,
                MembershipSummary::active).contains(tuple(first.email(), true),
                tuple(second.email(), false));
    }

    @Test
    void only_administrators_list_or_change_memberships() {
        TenantSummary tenant = freshTenant(Role.TENANT_ADMIN, Role.LEGAL_STAFF);
        List<MembershipSummary> people = inTenant(tenant.slug(), () -> memberships.all());
        TenantMember lawyer = member(tenant, people.get(1));

        assertThatThrownBy(() -> as(lawyer, () -> memberships.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(lawyer, () -> memberships.changeRoles(lawyer.personId(),
                Set.of(Role.TENANT_ADMIN)))).isInstanceOf(AccessDeniedException.class);
        CurrentTenant current = new CurrentTenant(tenant.id(), tenant.slug());
        assertThatThrownBy(() -> TenantContext.call(current, () -> memberships.deactivate(people.get(0).personId())))
                .as("a scope with no member is not platform work").isInstanceOf(AccessDeniedException.class);
        assertThat(inTenant(tenant.slug(), () -> memberships.find(lawyer.personId())).orElseThrow().roles())
                .containsExactly(Role.LEGAL_STAFF);
    }

    /** A tenant of this test's own (no Keycloak users needed), with one member per role given, in order. */
    private TenantSummary freshTenant(Role... roles) {
        String slug = "t" + Long.toString(System.nanoTime(), 36);
        List<ProvisionTenant.Member> members = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            members.add(new ProvisionTenant.Member("p" + i + "@" + slug + ".test", "Person", "N" + i, null,
                    Set.of(roles[i])));
        }
        return provisioning.provision(new ProvisionTenant(new RegisterTenant(slug, "Test " + slug, issuer, slug,
                "en"), members, List.of()));
    }

    private static TenantMember member(TenantSummary tenant, MembershipSummary m) {
        return new TenantMember(new CurrentTenant(tenant.id(), tenant.slug()), tenant.name(), m.personId(), m.email(),
                m.displayName(), m.roles());
    }

    private <T> T asAcmeAdministrator(Supplier<T> work) {
        TenantSummary acme = directory.findBySlug("acme").orElseThrow();
        MembershipSummary admin = inTenant("acme", () -> memberships.all()).stream()
                .filter(m -> m.email().equals("admin@acme.test")).findFirst().orElseThrow();
        return as(member(acme, admin), work);
    }

    private static <T> T as(TenantMember member, Supplier<T> work) {
        try (TenantContext.Scope ignored = TenantContext.open(member)) {
            return work.get();
        }
    }

    private <T> T inTenant(String slug, Supplier<T> work) {
        TenantSummary t = directory.findBySlug(slug).orElseThrow();
        return TenantContext.callAsPlatformWork(new CurrentTenant(t.id(), t.slug()), work);
    }

    private static void assertRefused(Runnable change, Reason reason) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(MembershipChangeRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
