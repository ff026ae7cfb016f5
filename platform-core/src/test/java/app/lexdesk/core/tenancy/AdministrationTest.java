package app.lexdesk.core.tenancy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Role checks admit members with the role and explicit platform work, and nobody else. */
class AdministrationTest {

    final CurrentTenant acme = new CurrentTenant(UUID.randomUUID(), "acme");

    @Test
    void a_scope_with_no_member_is_refused_both_checks() {
        try (TenantContext.Scope ignored = TenantContext.open(acme)) {
            assertThatThrownBy(Administration::requireStaff).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(Administration::requireAdministrator).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void no_scope_at_all_is_refused_both_checks() {
        assertThatThrownBy(Administration::requireStaff).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(Administration::requireAdministrator).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void explicit_platform_work_passes_both_checks() {
        try (TenantContext.Scope ignored = TenantContext.openPlatformWork(acme)) {
            assertThatCode(Administration::requireStaff).doesNotThrowAnyException();
            assertThatCode(Administration::requireAdministrator).doesNotThrowAnyException();
        }
        assertThatThrownBy(Administration::requireAdministrator).as("closing the scope ends the marker")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_member_inside_platform_work_is_checked_by_their_own_roles() {
        try (TenantContext.Scope platform = TenantContext.openPlatformWork(acme);
             TenantContext.Scope lawyer = TenantContext.open(member(Role.LEGAL_STAFF))) {
            assertThatCode(Administration::requireStaff).doesNotThrowAnyException();
            assertThatThrownBy(Administration::requireAdministrator).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void members_pass_only_the_checks_their_roles_allow() {
        try (TenantContext.Scope ignored = TenantContext.open(member(Role.TENANT_ADMIN))) {
            assertThatCode(Administration::requireStaff).doesNotThrowAnyException();
            assertThatCode(Administration::requireAdministrator).doesNotThrowAnyException();
        }
        try (TenantContext.Scope ignored = TenantContext.open(member(Role.PORTAL_USER))) {
            assertThatThrownBy(Administration::requireStaff).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(Administration::requireAdministrator).isInstanceOf(AccessDeniedException.class);
        }
    }

    private TenantMember member(Role role) {
        return new TenantMember(acme, "ACME Legal", UUID.randomUUID(), "someone@acme.test", "Someone", Set.of(role));
    }
}
