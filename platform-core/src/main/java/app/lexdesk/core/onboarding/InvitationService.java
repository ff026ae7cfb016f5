package app.lexdesk.core.onboarding;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.onboarding.InvitationRefusedException.Reason;
import app.lexdesk.core.onboarding.internal.InvitationEntity;
import app.lexdesk.core.onboarding.internal.InvitationRepository;
import app.lexdesk.core.onboarding.internal.KeycloakOrganizations;
import app.lexdesk.core.onboarding.internal.KeycloakOrganizations.SentInvitation;
import app.lexdesk.core.onboarding.internal.OnboardingProperties;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.MembershipSummary;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites requesters into the current tenant, resends and withdraws invitations. Who may is one rule, checked here
 * for every entry point (API, views) and told to views by {@link #mayInvite()} and
 * {@link InvitationSummary#mayChange()}:
 * <ul>
 * <li>the tenant's administrators (and platform work) invite, read every invitation, and resend or withdraw any;</li>
 * <li>when the administrators allow it ({@link InvitationSettings#staffMayInvite()}, off by default), legal staff and
 * contract managers invite and read every invitation too, but resend or withdraw only the invitations they sent
 * themselves (the invitation records who sent it);</li>
 * <li>nobody else: not portal users (a membership that is also a portal user's included), not staff while the
 * setting is off. They are refused with {@link AccessDeniedException}, as every administrators-only change is.</li>
 * </ul>
 *
 * <p>An invitation is three things made together: the person (in the chosen company), a membership as portal user
 * that waits for the person's first login, and Keycloak's organization invitation, whose email carries the link. The
 * person registers through the link (Keycloak makes them a member of the tenant's organization and has them verify
 * their address), and their first login binds the waiting membership by verified email — as every membership is
 * bound ({@code TenantAccessService}). A login whose address is not verified, or that is not a member of the tenant's
 * organization, binds nothing.
 *
 * <p>Withdrawing removes the waiting membership, so whatever the link still does in Keycloak, it lands nowhere in
 * Lexdesk; Keycloak's invitation is deleted as well, so the link itself stops working. An invitation taken up (the
 * person has logged in) is done: its membership is deactivated on People and access, not withdrawn.
 */
@Service
public class InvitationService {

    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

    private final InvitationRepository invitations;
    private final MembershipService memberships;
    private final PeopleService people;
    private final TenantDirectory directory;
    private final KeycloakOrganizations keycloak;
    private final OnboardingProperties properties;
    private final InvitationSettingsService settings;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, MembershipService memberships, PeopleService people,
            TenantDirectory directory, KeycloakOrganizations keycloak, OnboardingProperties properties,
            InvitationSettingsService settings, Optional<Clock> clock) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.people = people;
        this.directory = directory;
        this.keycloak = keycloak;
        this.properties = properties;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Whether the current member may invite requesters and read the tenant's invitations: an administrator, or — when
     * the tenant allows it — one of its legal staff or contract managers; never a portal user. Views show the
     * "invite" action and the invitations by it; the service checks the same rule again on every call.
     */
    @Transactional(readOnly = true)
    public boolean mayInvite() {
        TenantContext.require();
        return grant().invites();
    }

    /**
     * Invites a person as a portal user of a company and has Keycloak mail them the link; the invitation records the
     * current member as its sender.
     *
     * @throws AccessDeniedException when the current member may not invite ({@link #mayInvite()})
     * @throws InvitationRefusedException when the address already has a membership or an open invitation here, or
     *         the person belongs to another company; nothing is stored
     * @throws InvalidParameterException when {@code companyId} names no company of the tenant
     * @throws IdentityUnavailableException when Keycloak cannot send it; nothing is stored
     */
    @Transactional
    public InvitationSummary invite(InviteRequester command) {
        CurrentTenant tenant = TenantContext.require();
        Grant grant = require();
        if (invitations.findByEmailAndWithdrawnAtIsNull(command.email()).isPresent()) {
            throw new InvitationRefusedException(Reason.ALREADY_INVITED,
                    command.email() + " is invited already; resend the invitation instead.");
        }
        if (membershipStep(grant, () -> memberships.exists(command.email(), null))) {
            throw new InvitationRefusedException(Reason.ALREADY_MEMBER,
                    command.email() + " already has a membership here.");
        }
        CompanySummary company = command.companyId() == null ? people.ensureCompany(command.companyName())
                : people.findCompany(command.companyId()).orElseThrow(() -> new InvalidParameterException(
                        "companyId", "unknown", "No company " + command.companyId() + " here."));
        PersonDetails person = people.ensurePerson(command.email(), command.firstName(), command.lastName(),
                company.id());
        if (person.companyId() == null) {
            person = people.placeInCompany(person.id(), company.id());
        } else if (!person.companyId().equals(company.id())) {
            throw new InvitationRefusedException(Reason.OTHER_COMPANY,
                    command.email() + " is one of the people of " + person.companyName() + ".");
        }
        PersonDetails invited = person;
        membershipStep(grant, () -> {
            memberships.grant(invited.id(), command.email(), invited.displayName(), Set.of(Role.PORTAL_USER));
            return null;
        });
        Instant now = now();
        InvitationEntity invitation = invitations.saveAndFlush(new InvitationEntity(person.id(), company.id(),
                command.email(), Role.PORTAL_USER.key(), actor(), now));
        send(tenant, invitation, () -> keycloak.invite(organization(tenant), command.email(), command.firstName(),
                command.lastName()), now);
        log.info("Invitation {} sent to person {} ({})", invitation.getId(), person.id(), command.email());
        return summary(invitation, person, company.name(), membershipStep(grant, () -> memberships.find(invited.id())),
                grant);
    }

    /**
     * The current tenant's open invitations (not withdrawn), newest first, whoever sent them.
     *
     * @throws AccessDeniedException when the current member may not invite ({@link #mayInvite()})
     */
    @Transactional(readOnly = true)
    public List<InvitationSummary> all() {
        TenantContext.require();
        Grant grant = require();
        Map<UUID, MembershipSummary> byPerson = membershipStep(grant, () -> memberships.all()).stream()
                .collect(Collectors.toMap(MembershipSummary::personId, Function.identity()));
        Map<UUID, String> companies = new HashMap<>();
        return invitations.findByWithdrawnAtIsNullOrderByInvitedAtDesc().stream().map(i -> summary(i,
                people.findPerson(i.getPersonId()).orElseThrow(), companies.computeIfAbsent(i.getCompanyId(),
                        id -> people.findCompany(id).map(CompanySummary::name).orElse("")),
                Optional.ofNullable(byPerson.get(i.getPersonId())), grant)).toList();
    }

    /**
     * One open invitation of the current tenant, whoever sent it.
     *
     * @throws AccessDeniedException when the current member may not invite ({@link #mayInvite()})
     */
    @Transactional(readOnly = true)
    public Optional<InvitationSummary> find(UUID id) {
        TenantContext.require();
        Grant grant = require();
        return invitations.findByIdAndWithdrawnAtIsNull(id).map(i -> summary(i, grant));
    }

    /**
     * Sends a waiting invitation again, with a new link (the previous one stops working) that expires later.
     * Administrators resend any; allowed staff only those they sent.
     *
     * @throws AccessDeniedException when the current member may not invite, or is staff and did not send this one
     * @throws InvitationRefusedException for an unknown invitation or one the person has taken up
     */
    @Transactional
    public InvitationSummary resend(UUID id) {
        CurrentTenant tenant = TenantContext.require();
        Grant grant = require();
        InvitationEntity invitation = open(id);
        requireChange(grant, invitation);
        InvitationSummary current = summary(invitation, grant);
        if (!current.waiting()) {
            throw new InvitationRefusedException(Reason.NOT_WAITING, "The invitation has been taken up.");
        }
        send(tenant, invitation, () -> keycloak.resend(organization(tenant), invitation.getKeycloakInvitationId(),
                current.email(), current.firstName(), current.lastName()), now());
        log.info("Invitation {} sent again", id);
        return summary(invitation, grant);
    }

    /**
     * Withdraws a waiting invitation: its membership is removed and Keycloak's invitation deleted, so the link leads
     * nowhere. If Keycloak cannot be reached, the withdrawal still holds in Lexdesk (the link would end on "not
     * allowed") and Keycloak's invitation expires by itself. Administrators withdraw any; allowed staff only those
     * they sent.
     *
     * @throws AccessDeniedException when the current member may not invite, or is staff and did not send this one
     * @throws InvitationRefusedException for an unknown invitation or one the person has taken up
     */
    @Transactional
    public void withdraw(UUID id) {
        CurrentTenant tenant = TenantContext.require();
        Grant grant = require();
        InvitationEntity invitation = open(id);
        requireChange(grant, invitation);
        if (!membershipStep(grant, () -> memberships.removeWaiting(invitation.getPersonId()))
                && membershipStep(grant, () -> memberships.find(invitation.getPersonId())).isPresent()) {
            throw new InvitationRefusedException(Reason.NOT_WAITING,
                    "The invitation has been taken up; deactivate the membership instead.");
        }
        invitation.withdrawn(actor(), now());
        invitations.flush();
        try {
            keycloak.withdraw(organization(tenant), invitation.getKeycloakInvitationId());
        } catch (IdentityUnavailableException e) {
            log.warn("Invitation {} withdrawn in Lexdesk; Keycloak's invitation {} stays until it expires: {}", id,
                    invitation.getKeycloakInvitationId(), e.getMessage());
        }
        log.info("Invitation {} withdrawn", id);
    }

    private void send(CurrentTenant tenant, InvitationEntity invitation,
            Supplier<Optional<SentInvitation>> sending, Instant at) {
        String landing = properties.portalUrl(tenant.slug());
        if (landing != null) {
            keycloak.redirectTo(organization(tenant), landing);
        }
        Optional<SentInvitation> sent = sending.get();
        invitation.sent(sent.map(SentInvitation::id).orElse(null), at,
                sent.map(SentInvitation::expiresAt).orElse(null));
    }

    private InvitationEntity open(UUID id) {
        return invitations.findByIdAndWithdrawnAtIsNull(id).orElseThrow(() -> new InvitationRefusedException(
                Reason.UNKNOWN_INVITATION, "No open invitation " + id + " here."));
    }

    private String organization(CurrentTenant tenant) {
        return directory.login(tenant.id()).organization();
    }

    /**
     * The invitation policy, written once: what the current member may do with invitations. Every entry point asks
     * it ({@link #require()}, {@link #mayInvite()}, {@link InvitationSummary#mayChange()}). Platform work and
     * administrators may do everything; legal staff and contract managers who are not also portal users may, while
     * the tenant allows it, invite, read, and change the invitations they sent; anyone else nothing.
     */
    private Grant grant() {
        if (TenantContext.isPlatformWork()) {
            return Grant.EVERYTHING;
        }
        Optional<TenantMember> me = TenantContext.member();
        if (me.isEmpty()) {
            return Grant.NOTHING;
        }
        if (me.get().has(Role.TENANT_ADMIN)) {
            return Grant.EVERYTHING;
        }
        boolean staff = me.get().has(Role.LEGAL_STAFF) || me.get().has(Role.CONTRACT_MANAGER);
        if (!staff || me.get().isPortalUser() || !settings.staffMayInvite()) {
            return Grant.NOTHING;
        }
        return new Grant(false, me.get().personId());
    }

    private Grant require() {
        Grant grant = grant();
        if (!grant.invites()) {
            throw new AccessDeniedException("Only the tenant's administrators, and the staff they allow, invite "
                    + "requesters");
        }
        return grant;
    }

    /**
     * Runs one membership step of an invitation (is the address a member already, grant the waiting membership, read
     * or remove it). Memberships are administrators' by their own service's guard; for a staff member the policy has
     * admitted, the invitation has that one step done as platform work on their behalf — the member's own rights are
     * not widened, and every other step runs as them.
     */
    private static <T> T membershipStep(Grant grant, Supplier<T> step) {
        return grant.everything() ? step.get() : TenantContext.callAsPlatformWork(TenantContext.require(), step);
    }

    private static void requireChange(Grant grant, InvitationEntity invitation) {
        if (!grant.changes(invitation)) {
            throw new AccessDeniedException("Staff resend and withdraw only the invitations they sent");
        }
    }

    /**
     * What the policy lets the current member do: everything, or invite and read and change what {@code sender}
     * sent, or nothing (neither).
     */
    private record Grant(boolean everything, UUID sender) {

        static final Grant EVERYTHING = new Grant(true, null);
        static final Grant NOTHING = new Grant(false, null);

        boolean invites() {
            return everything || sender != null;
        }

        boolean changes(InvitationEntity invitation) {
            return everything || sender != null && sender.equals(invitation.getInvitedBy());
        }
    }

    private InvitationSummary summary(InvitationEntity invitation, Grant grant) {
        return summary(invitation, people.findPerson(invitation.getPersonId()).orElseThrow(),
                people.findCompany(invitation.getCompanyId()).map(CompanySummary::name).orElse(""),
                membershipStep(grant, () -> memberships.find(invitation.getPersonId())), grant);
    }

    private InvitationSummary summary(InvitationEntity i, PersonDetails person, String companyName,
            Optional<MembershipSummary> membership, Grant grant) {
        return new InvitationSummary(i.getId(), i.getPersonId(), i.getEmail(), person.firstName(), person.lastName(),
                i.getCompanyId(), companyName, i.getRole(), status(i, membership), i.getInvitedAt(), i.getSentAt(),
                i.getExpiresAt(), i.getKeycloakInvitationId() != null, i.getInvitedBy(), grant.changes(i));
    }

    private InvitationStatus status(InvitationEntity invitation, Optional<MembershipSummary> membership) {
        if (membership.isEmpty() || !membership.get().active()) {
            return InvitationStatus.DEACTIVATED;
        }
        if (membership.get().lastLoginAt() != null) {
            return InvitationStatus.ACTIVE;
        }
        Instant expires = invitation.getExpiresAt();
        return expires != null && expires.isBefore(now()) ? InvitationStatus.EXPIRED : InvitationStatus.INVITED;
    }

    private static UUID actor() {
        return TenantContext.member().map(TenantMember::personId).orElse(null);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
