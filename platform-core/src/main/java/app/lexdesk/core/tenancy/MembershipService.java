package app.lexdesk.core.tenancy;

import app.lexdesk.core.tenancy.internal.MembershipEntity;
import app.lexdesk.core.tenancy.internal.MembershipRepository;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Grants and changes people's roles in the current tenant. */
@Service
public class MembershipService {

    private final MembershipRepository memberships;
    private final AccessCache access;

    MembershipService(MembershipRepository memberships, AccessCache access) {
        this.memberships = memberships;
        this.access = access;
    }

    /** Gives {@code personId} exactly {@code roles} in the current tenant; creates the membership if needed. */
    @Transactional
    public void grant(UUID personId, String email, String displayName, Set<Role> roles) {
        TenantContext.require();
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A membership needs at least one role");
        }
        String[] keys = roles.stream().map(Role::key).sorted().toArray(String[]::new);
        memberships.findByPersonId(personId).ifPresentOrElse(m -> m.setRoles(keys),
                () -> memberships.save(new MembershipEntity(personId, email.toLowerCase(java.util.Locale.ROOT),
                        displayName, keys)));
        access.forgetAll();
    }
}
