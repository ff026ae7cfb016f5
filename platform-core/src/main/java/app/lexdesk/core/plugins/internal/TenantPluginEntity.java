package app.lexdesk.core.plugins.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "tenant_plugin")
// Keyed by plugin id within a tenant: Hibernate's discriminator adds the tenant to every statement,
// and the table's primary key is (tenant_id, plugin_id).
public class TenantPluginEntity {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;
    @Id
    @Column(name = "plugin_id")
    private String pluginId;
    private boolean enabled;
    private int position;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> configuration;

    protected TenantPluginEntity() {
    }

    public TenantPluginEntity(String pluginId) {
        this.pluginId = pluginId;
        this.configuration = Map.of();
    }

    public void set(boolean enabled, int position, Map<String, Object> configuration) {
        this.enabled = enabled;
        this.position = position;
        this.configuration = configuration;
    }

    public String getPluginId() {
        return pluginId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getPosition() {
        return position;
    }

    public Map<String, Object> getConfiguration() {
        return configuration;
    }
}
