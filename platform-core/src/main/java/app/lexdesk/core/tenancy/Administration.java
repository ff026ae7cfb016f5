package app.lexdesk.core.tenancy;

import org.springframework.security.access.AccessDeniedException;

/**
 * Guards a tenant's settings and records. A check passes for a member with the role, or for work opened
 * explicitly as platform work ({@link TenantContext#openPlatformWork}); it refuses everything else, a scope
 * with no member included, so work that forgot to say who acts is refused rather than trusted.
 */
public final class Administration {

    private Administration() {
    }

    /** The legal team's records (matters, contracts, their lists): staff, or explicit platform work. */
    public static void requireStaff() {
        if (!TenantContext.isPlatformWork() && !TenantContext.member().map(TenantMember::isStaff).orElse(false)) {
            throw new AccessDeniedException("Only the legal team works on matters and contracts");
        }
    }

    /** The tenant's settings and people: its administrators, or explicit platform work. */
    public static void requireAdministrator() {
        if (!TenantContext.isPlatformWork()
                && !TenantContext.member().map(m -> m.has(Role.TENANT_ADMIN)).orElse(false)) {
            throw new AccessDeniedException("Only the tenant's administrators change its settings");
        }
    }
}
