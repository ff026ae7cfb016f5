package app.lexdesk.core.portal.internal;

import app.lexdesk.core.records.RequesterAccess;
import app.lexdesk.core.records.RequesterAccessPolicy;
import app.lexdesk.core.tenancy.TenantContext;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who besides its requester sees a record as the requester does, by the portal's one rule ({@link
 * PortalQueries#SEEN_BY}): a colleague the requester named on the request acts on it too (replies, sends files); a
 * colleague of the same company reads it when the tenant shows colleagues' requests. Another company's people, staff
 * and other tenants' people get nothing.
 */
@Component
class PortalAccess implements RequesterAccessPolicy {

    private final PortalQueries queries;

    PortalAccess(PortalQueries queries) {
        this.queries = queries;
    }

    @Override
    public RequesterAccess access(UUID recordId, UUID requesterId, UUID companyId, UUID viewerId) {
        return queries.namedOrCompany(TenantContext.require().id(), viewerId, recordId)
                .map(named -> named ? RequesterAccess.ACT : RequesterAccess.READ).orElse(RequesterAccess.NONE);
    }
}
