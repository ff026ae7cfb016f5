package app.lexdesk.core.onboarding;

import app.lexdesk.core.onboarding.internal.InvitationSettingQueries;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's invitation settings, read and changed by its administrators (checked here). Whether a given
 * member may invite is {@link InvitationService#mayInvite()}'s to say, which reads the setting through
 * {@link #staffMayInvite()} on every call: a setting switched off stops staff at their next click, on every node.
 */
@Service
public class InvitationSettingsService {

    private static final Logger log = LoggerFactory.getLogger(InvitationSettingsService.class);

    private final InvitationSettingQueries queries;
    private final Clock clock;

    InvitationSettingsService(InvitationSettingQueries queries, Optional<Clock> clock) {
        this.queries = queries;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The tenant's settings (administrators). */
    @Transactional(readOnly = true)
    public InvitationSettings settings() {
        Administration.requireAdministrator();
        return new InvitationSettings(staffMayInvite());
    }

    /** Lets the tenant's legal staff and contract managers invite requesters, or stops them (administrators). */
    @Transactional
    public InvitationSettings change(InvitationSettings settings) {
        Administration.requireAdministrator();
        queries.setStaffMayInvite(TenantContext.require().id(), settings.staffMayInvite(),
                TenantContext.member().map(TenantMember::personId).orElse(null),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        log.info("Staff {} invite requesters", settings.staffMayInvite() ? "may now" : "may no longer");
        return new InvitationSettings(staffMayInvite());
    }

    /** Whether the tenant lets its staff invite requesters; unchecked, for the invitation policy. */
    @Transactional(readOnly = true)
    boolean staffMayInvite() {
        return queries.staffMayInvite(TenantContext.require().id());
    }
}
