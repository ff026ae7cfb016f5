package app.lexdesk.core.tenancy;

import java.time.Instant;
import java.util.UUID;

/** A tenant as listed to operators and to people choosing a workspace. */
public record TenantSummary(UUID id, String slug, String name, String status, String defaultLocale,
        Instant createdAt) {
}
