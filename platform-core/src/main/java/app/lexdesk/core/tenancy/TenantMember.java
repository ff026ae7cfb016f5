package app.lexdesk.core.tenancy;

import java.util.Set;
import java.util.UUID;

/**
 * An authenticated person acting in a tenant: the result of checking the identity against the tenant's
 * organization and the person's membership, as of that check. Immutable; whoever keeps one for longer than a
 * request (a browser tab) must have it checked again, since roles and memberships change.
 */
public record TenantMember(CurrentTenant tenant, String tenantName, UUID personId, String email,
        String displayName, Set<Role> roles) {

    public TenantMember {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public boolean isPortalUser() {
        return roles.contains(Role.PORTAL_USER);
    }
}
