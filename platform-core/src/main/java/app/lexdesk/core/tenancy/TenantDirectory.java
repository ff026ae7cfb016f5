package app.lexdesk.core.tenancy;

import app.lexdesk.core.tenancy.internal.PlatformDatabase;
import app.lexdesk.core.tenancy.internal.TenantEntity;
import app.lexdesk.core.tenancy.internal.TenantRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform-level list of tenants (the one table without row-level security). Used to resolve a URL's
 * slug and by tenant admin; never exposes tenant-owned data. Everyone reads it as the application role; only an
 * application given the platform role's connection ({@code lexdesk.platform.datasource.*}) registers tenants.
 */
@Service
public class TenantDirectory {

    private final TenantRepository tenants;
    private final AccessCache access;
    private final ObjectProvider<PlatformDatabase> platform;

    TenantDirectory(TenantRepository tenants, AccessCache access, ObjectProvider<PlatformDatabase> platform) {
        this.tenants = tenants;
        this.access = access;
        this.platform = platform;
    }

    @Transactional(readOnly = true)
    public Optional<TenantSummary> findBySlug(String slug) {
        return tenants.findBySlug(slug).map(TenantDirectory::summary);
    }

    @Transactional(readOnly = true)
    public List<TenantSummary> all() {
        return tenants.findAll(Sort.by("slug")).stream().map(TenantDirectory::summary).toList();
    }

    /** Where the people of tenant {@code tenantId} log in: its issuer and Keycloak Organization. */
    @Transactional(readOnly = true)
    public TenantLogin login(UUID tenantId) {
        return tenants.findById(tenantId).map(t -> new TenantLogin(t.getIssuer(), t.getOrganization())).orElseThrow();
    }

    /** The largest file the tenant accepts, in bytes (100 MB unless the operators changed it). */
    @Transactional(readOnly = true)
    public long maxUploadBytes(UUID tenantId) {
        return tenants.findById(tenantId).map(TenantEntity::getMaxUploadBytes).orElseThrow();
    }

    /**
     * Registers a tenant through the platform role; registering an existing slug again returns it unchanged.
     *
     * @throws IllegalStateException in an application without the platform role's connection (the tenants' one)
     */
    public TenantSummary register(RegisterTenant command) {
        PlatformDatabase writer = platform.getIfAvailable();
        if (writer == null) {
            throw new IllegalStateException("Registering tenant " + command.slug() + " needs the platform role: "
                    + "set lexdesk.platform.datasource.url, username and password (tenant admin has them)");
        }
        writer.registerTenant(UUID.randomUUID(), command.slug(), command.name(), command.issuer(),
                command.organization(), command.defaultLocale());
        access.forgetAll();
        return findBySlug(command.slug()).orElseThrow();
    }

    static TenantSummary summary(TenantEntity t) {
        return new TenantSummary(t.getId(), t.getSlug(), t.getName(), t.getStatus(), t.getDefaultLocale(),
                t.getCreatedAt());
    }
}
