package app.lexdesk.core.tenancy;

import org.springframework.security.access.AccessDeniedException;

/** Guards a tenant's settings: its administrators, or platform work running with no member at all. */
public final class Administration {

    private Administration() {
    }

    public static void requireAdministrator() {
        if (TenantContext.member().map(m -> !m.has(Role.TENANT_ADMIN)).orElse(false)) {
            throw new AccessDeniedException("Only the tenant's administrators change its settings");
        }
    }
}
