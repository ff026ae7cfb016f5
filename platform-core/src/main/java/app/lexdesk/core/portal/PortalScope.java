package app.lexdesk.core.portal;

import io.swagger.v3.oas.annotations.media.Schema;

/** Which requests a requester's list shows: all, the open ones (open or waiting statuses) or the closed ones. */
@Schema(enumAsRef = true)
public enum PortalScope {
    ALL, OPEN, CLOSED
}
