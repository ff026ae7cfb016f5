package app.lexdesk.core.matters;

import app.lexdesk.core.records.Origin;
import java.util.Objects;
import java.util.UUID;

/** Command: open a matter, from a portal request or internally. {@code board} may be null (to classify). */
public record OpenMatter(String title, String description, String board, Origin origin, UUID requesterId,
        UUID companyId, UUID requestId, String classificationReason) {

    public OpenMatter {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("title must be 1 to 200 characters");
        }
        Objects.requireNonNull(origin, "origin");
        description = description == null ? "" : description;
    }
}
