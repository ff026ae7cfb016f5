package app.lexdesk.core.developments;

import java.time.LocalDate;
import java.util.UUID;

/** A key development as its requester reads it: only visible ones reach this type, and it has no staff fields. */
public record PortalKeyDevelopment(UUID id, LocalDate date, String title, String text) {
}
