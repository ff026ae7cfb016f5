package app.lexdesk.core.tenancy;

import org.springframework.security.access.AccessDeniedException;

/** Guards a tenant's settings and records: its administrators or staff, or platform work with no member at all. */
public final class Administration {

    private Administration() {
    }

    /** The legal team's records (matters, contracts, their lists): staff, or platform work with no member. */
    public static void requireStaff() {
        if (TenantContext.member().map(m -> !m.isStaff()).orElse(false)) {
            throw new AccessDeniedException("Only the legal team works on matters and contracts");
        }
    }

    public static void requireAdministrator() {
        if (TenantContext.member().map(m -> !m.has(Role.TENANT_ADMIN)).orElse(false)) {
            throw new AccessDeniedException("Only the tenant's administrators change its settings");
        }
    }
}
