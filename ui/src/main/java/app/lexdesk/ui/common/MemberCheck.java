package app.lexdesk.ui.common;

import app.lexdesk.core.tenancy.TenantAccessService;
import app.lexdesk.core.tenancy.TenantMember;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks, as of now, who the login of the current HTTP request is in a tenant — for work that must not trust
 * what a tab remembered: every Vaadin request of a tab ({@link AccessRecheck}), file downloads and uploads.
 * The core answers from {@code lexdesk.cache.time-to-live} of memory at most, and at once after a change on
 * this node.
 */
@Component
public class MemberCheck {

    private final TenantAccessService access;

    MemberCheck(TenantAccessService access) {
        this.access = access;
    }

    /** The member this request's login is in tenant {@code slug}, or empty: not logged in, or no access now. */
    public Optional<TenantMember> current(String slug) {
        return CurrentIdentity.get().flatMap(identity -> access.resolve(slug, identity));
    }
}
