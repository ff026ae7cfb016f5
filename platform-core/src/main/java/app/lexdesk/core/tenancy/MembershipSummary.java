package app.lexdesk.core.tenancy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A person's membership of the current tenant as its administrators see it: who (person, name, email), which
 * roles, whether it is active, and when the person last logged in (null before the first login).
 */
public record MembershipSummary(UUID personId, String email, String displayName, Set<Role> roles, boolean active,
        Instant lastLoginAt) {

    public MembershipSummary {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
