package app.lexdesk.core.responses;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the portal tells a requester about their record while the legal team has not responded yet: "expected
 * answer by {@code expectedBy}" (the end of that business day, in the tenant's calendar). A requester only ever gets
 * one for their own record, before the first response, and when its request type promised a time.
 */
public record PortalExpectedAnswer(UUID recordId, LocalDate expectedBy) {
}
