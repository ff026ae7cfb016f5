package app.lexdesk.core.feedback;

import java.time.Instant;

/** The requester's own feedback on their record, as the portal shows it back to them. */
public record PortalFeedback(int rating, String comment, Instant givenAt) {
}
