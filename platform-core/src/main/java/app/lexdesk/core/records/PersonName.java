package app.lexdesk.core.records;

import java.util.UUID;

/** A person as lists name them (an assignee to filter on). */
public record PersonName(UUID id, String name) {
}
