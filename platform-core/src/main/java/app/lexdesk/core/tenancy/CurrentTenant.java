package app.lexdesk.core.tenancy;

import java.util.Objects;
import java.util.UUID;

/** The tenant a unit of work runs in: its id (the {@code tenant_id} of every row) and URL slug. */
public record CurrentTenant(UUID id, String slug) {

    public CurrentTenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
    }
}
