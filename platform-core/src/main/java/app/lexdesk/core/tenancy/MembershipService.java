package app.lexdesk.core.tenancy;

import app.lexdesk.core.tenancy.MembershipChangeRefusedException.Reason;
import app.lexdesk.core.tenancy.internal.MembershipEntity;
import app.lexdesk.core.tenancy.internal.MembershipRepository;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants, changes and withdraws people's access to the current tenant. Administrators only (or platform work),
 * checked here. Every change makes this node forget granted access at once ({@link AccessCache}), so the
 * person's next request — an API call or a click in any open tab — is checked against the new state; other
 * nodes follow within {@code lexdesk.cache.time-to-live}.
 *
 * <p>Two rules keep a tenant administrable: it always keeps an active administrator, and an administrator
 * can neither deactivate their own membership nor take the administrator role away from themselves (another
 * administrator must). Concurrent changes are serialised on the tenant's active administrators' rows, so two
 * administrators demoting each other at once cannot both succeed.
 */
@Service
public class MembershipService {

    private static final Logger log = LoggerFactory.getLogger(MembershipService.class);

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
        Administration.requireAdministrator();
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A membership needs at least one role");
        }
        memberships.findByPersonId(personId).ifPresentOrElse(m -> m.setRoles(keys(roles)),
                () -> memberships.save(new MembershipEntity(personId, email.toLowerCase(Locale.ROOT), displayName,
                        keys(roles))));
        access.forgetAll();
    }

    /** The current tenant's memberships, active or not, by name. */
    @Transactional(readOnly = true)
    public List<MembershipSummary> all() {
        TenantContext.require();
        Administration.requireAdministrator();
        return memberships.findAll(Sort.by("displayName", "email")).stream().map(MembershipService::summary)
                .toList();
    }

    /** The current tenant's active members with a staff role, by name: whom records are assigned to (staff read it). */
    @Transactional(readOnly = true)
    public List<MembershipSummary> activeStaff() {
        TenantContext.require();
        Administration.requireStaff();
        return memberships.findAll(Sort.by("displayName", "email")).stream().map(MembershipService::summary)
                .filter(m -> m.active() && m.roles().stream().anyMatch(Role::isStaff)).toList();
    }

    /** The membership of {@code personId} in the current tenant, if there is one. */
    @Transactional(readOnly = true)
    public Optional<MembershipSummary> find(UUID personId) {
        TenantContext.require();
        Administration.requireAdministrator();
        return memberships.findByPersonId(personId).map(MembershipService::summary);
    }

    /**
     * Whether the current tenant has a membership, active or not, for {@code email} or for the login {@code subject}
     * (either may be null): who already has or had access is never invited or signed up again.
     */
    @Transactional(readOnly = true)
    public boolean exists(String email, String subject) {
        TenantContext.require();
        Administration.requireAdministrator();
        return (email != null && memberships.findByEmail(email.toLowerCase(Locale.ROOT)).isPresent())
                || (subject != null && memberships.findBySubject(subject).isPresent());
    }

    /**
     * Removes {@code personId}'s membership if it still waits for the person's first login (an invitation not taken
     * up): the login it would have bound to finds nothing from then on. Returns false, changing nothing, when the
     * membership is already bound to a login (deactivate it instead) or does not exist. Locks the row first, so a
     * first login at the same moment either binds before and wins, or finds nothing.
     */
    @Transactional
    public boolean removeWaiting(UUID personId) {
        TenantContext.require();
        Administration.requireAdministrator();
        Optional<MembershipEntity> waiting = memberships.lockByPersonId(personId)
                .filter(m -> m.getSubject() == null);
        waiting.ifPresent(m -> {
            memberships.delete(m);
            memberships.flush();
            access.forgetAll();
            log.info("Waiting membership of person {} removed", personId);
        });
        return waiting.isPresent();
    }

    /**
     * Replaces the roles of {@code personId}'s membership; throws {@link MembershipChangeRefusedException} and
     * changes nothing when the rules above or an empty set of roles forbid it.
     */
    @Transactional
    public MembershipSummary changeRoles(UUID personId, Set<Role> roles) {
        TenantContext.require();
        Administration.requireAdministrator();
        if (roles.isEmpty()) {
            throw new MembershipChangeRefusedException(Reason.NO_ROLE, "A membership needs at least one role.");
        }
        MembershipEntity membership = membership(personId);
        if (isAdministrator(membership) && !roles.contains(Role.TENANT_ADMIN)) {
            if (isActing(personId)) {
                throw new MembershipChangeRefusedException(Reason.OWN_ADMINISTRATOR_ROLE,
                        "Another administrator must take the administrator role away from you.");
            }
            requireAnotherAdministrator(membership);
        }
        membership.setRoles(keys(roles));
        access.forgetAll();
        log.info("Membership of person {} now has roles {}", personId, Arrays.toString(membership.getRoles()));
        return summary(membership);
    }

    /** Withdraws {@code personId}'s access to the current tenant, at their next request; their data stays. */
    @Transactional
    public MembershipSummary deactivate(UUID personId) {
        TenantContext.require();
        Administration.requireAdministrator();
        MembershipEntity membership = membership(personId);
        if (isActing(personId)) {
            throw new MembershipChangeRefusedException(Reason.OWN_MEMBERSHIP,
                    "Another administrator must deactivate your membership.");
        }
        if (isAdministrator(membership)) {
            requireAnotherAdministrator(membership);
        }
        membership.setActive(false);
        access.forgetAll();
        log.info("Membership of person {} deactivated", personId);
        return summary(membership);
    }

    /** Gives {@code personId} their access back, with the roles the membership had. */
    @Transactional
    public MembershipSummary reactivate(UUID personId) {
        TenantContext.require();
        Administration.requireAdministrator();
        MembershipEntity membership = membership(personId);
        membership.setActive(true);
        access.forgetAll();
        log.info("Membership of person {} reactivated", personId);
        return summary(membership);
    }

    private MembershipEntity membership(UUID personId) {
        return memberships.findByPersonId(personId).orElseThrow(() -> new MembershipChangeRefusedException(
                Reason.UNKNOWN_MEMBERSHIP, "No membership of this person in this tenant."));
    }

    /**
     * Refuses to let {@code leaving} stop being an active administrator when no other active administrator
     * remains. Locks the tenant's active administrators first, so a concurrent change waits and then sees
     * this one.
     */
    private void requireAnotherAdministrator(MembershipEntity leaving) {
        List<UUID> administrators = memberships.lockActiveAdministrators(TenantContext.require().id(),
                Role.TENANT_ADMIN.key());
        if (administrators.stream().noneMatch(id -> !id.equals(leaving.getId()))) {
            throw new MembershipChangeRefusedException(Reason.LAST_ADMINISTRATOR,
                    "The department needs at least one active administrator.");
        }
    }

    private static boolean isActing(UUID personId) {
        return TenantContext.member().map(m -> m.personId().equals(personId)).orElse(false);
    }

    private static boolean isAdministrator(MembershipEntity membership) {
        return membership.isActive() && Arrays.asList(membership.getRoles()).contains(Role.TENANT_ADMIN.key());
    }

    private static String[] keys(Set<Role> roles) {
        return roles.stream().map(Role::key).sorted().toArray(String[]::new);
    }

    private static MembershipSummary summary(MembershipEntity m) {
        return new MembershipSummary(m.getPersonId(), m.getEmail(), m.getDisplayName(),
                Arrays.stream(m.getRoles()).map(Role::fromKey).flatMap(Optional::stream).collect(Collectors.toSet()),
                m.isActive(), m.getLastLoginAt());
    }
}
