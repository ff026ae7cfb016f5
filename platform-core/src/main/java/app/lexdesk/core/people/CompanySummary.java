package app.lexdesk.core.people;

import java.util.UUID;

/** A client company of the current tenant. */
public record CompanySummary(UUID id, String name) {
}
