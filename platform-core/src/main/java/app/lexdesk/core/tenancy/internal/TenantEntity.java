package app.lexdesk.core.tenancy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the platform table {@code tenant} (no RLS; reached only by platform code). */
@Entity
@Table(name = "tenant")
public class TenantEntity {

    @Id
    private UUID id;
    private String slug;
    private String name;
    private String issuer;
    private String organization;
    private String status;
    @Column(name = "default_locale")
    private String defaultLocale;
    @Column(name = "max_upload_bytes", insertable = false)
    private Long maxUploadBytes;
    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    protected TenantEntity() {
    }

    public TenantEntity(UUID id, String slug, String name, String issuer, String organization, String defaultLocale) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.issuer = issuer;
        this.organization = organization;
        this.status = "ACTIVE";
        this.defaultLocale = defaultLocale;
    }

    public UUID getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getOrganization() {
        return organization;
    }

    public String getStatus() {
        return status;
    }

    public String getDefaultLocale() {
        return defaultLocale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getMaxUploadBytes() {
        return maxUploadBytes == null ? 104_857_600L : maxUploadBytes;
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
