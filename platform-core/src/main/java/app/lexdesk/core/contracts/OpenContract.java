package app.lexdesk.core.contracts;

import app.lexdesk.core.records.Origin;
import java.util.Objects;
import java.util.UUID;

/** Command: open a contract record, from a portal request or internally. */
public record OpenContract(String title, String description, String contractType, String parties, Origin origin,
        UUID requesterId, UUID companyId, UUID requestId, String classificationReason) {

    public OpenContract {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("title must be 1 to 200 characters");
        }
        Objects.requireNonNull(origin, "origin");
        description = description == null ? "" : description;
        parties = parties == null ? "" : parties;
    }
}
