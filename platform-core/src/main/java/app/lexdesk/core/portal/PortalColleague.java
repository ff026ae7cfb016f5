package app.lexdesk.core.portal;

import java.util.UUID;

/** A person of the requester's company, as the requester may name them on a request. */
public record PortalColleague(UUID personId, String name) {
}
