package app.lexdesk.core.records;

import java.util.UUID;

/**
 * Who besides a record's requester may see it as the requester does, implemented by the portal module (which knows
 * the tenant's settings and the colleagues a requester named; records know nothing of them). Called inside the
 * caller's transaction, in the current tenant; without an implementation only the requester sees their records.
 */
public interface RequesterAccessPolicy {

    /**
     * @param requesterId the record's requester
     * @param companyId   the company the record was requested for (may be null)
     * @param viewerId    the portal user asking, never the requester themselves
     */
    RequesterAccess access(UUID recordId, UUID requesterId, UUID companyId, UUID viewerId);
}
