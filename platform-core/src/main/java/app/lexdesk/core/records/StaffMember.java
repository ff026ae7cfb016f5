package app.lexdesk.core.records;

import java.util.UUID;

/** Someone of the legal team a record can be assigned to. */
public record StaffMember(UUID personId, String name, String email) {
}
