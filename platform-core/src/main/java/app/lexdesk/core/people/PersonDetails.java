package app.lexdesk.core.people;

import java.util.UUID;

/** A person of the current tenant, with their company if any, and how to reach them. */
public record PersonDetails(UUID id, String firstName, String lastName, String email, UUID companyId,
        String companyName, String phone) {

    public String displayName() {
        return (firstName + " " + lastName).strip();
    }
}
