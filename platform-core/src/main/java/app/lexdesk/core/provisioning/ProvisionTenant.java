package app.lexdesk.core.provisioning;

import app.lexdesk.core.tenancy.RegisterTenant;
import app.lexdesk.core.tenancy.Role;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Command: a tenant, the people who start in it and the installed plugins it starts with, in order. */
public record ProvisionTenant(RegisterTenant tenant, List<Member> members, List<String> plugins) {

    /** A person with a login and roles; {@code company} is the client company of a portal user, or null. */
    public record Member(String email, String firstName, String lastName, String company, Set<Role> roles) {

        public Member {
            if (email == null || !email.contains("@")) {
                throw new IllegalArgumentException("email is required");
            }
            Objects.requireNonNull(firstName, "firstName");
            Objects.requireNonNull(lastName, "lastName");
            if (roles == null || roles.isEmpty()) {
                throw new IllegalArgumentException("a member needs at least one role");
            }
            roles = Set.copyOf(roles);
        }
    }

    public ProvisionTenant {
        Objects.requireNonNull(tenant, "tenant");
        members = List.copyOf(members);
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }
}
