package app.lexdesk.core.plugins;

import app.lexdesk.core.plugins.internal.JsonSchemaValidator;
import app.lexdesk.core.plugins.internal.TenantPluginEntity;
import app.lexdesk.core.plugins.internal.TenantPluginRepository;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantCache;
import app.lexdesk.core.tenancy.TenantCaches;
import app.lexdesk.plugin.api.RequestClassifier;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The current tenant's plugins: which are on, in what order, configured how. A configuration is at most
 * {@code lexdesk.plugins.max-configuration-size} as JSON, whatever the plugin's schema allows, since every
 * submission of the tenant hands it to the plugin.
 */
@Service
public class PluginSettingsService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TenantPluginRepository settings;
    private final PluginHost host;
    private final TenantCache<TenantCache.Whole, List<TenantPluginSetting>> cache;
    private final TransactionTemplate readOnly;

    private final long maxConfigurationBytes;

    PluginSettingsService(TenantPluginRepository settings, PluginHost host, TenantCaches caches,
            PlatformTransactionManager transactions,
            @Value("${lexdesk.plugins.max-configuration-size:64KB}") DataSize maxConfigurationSize) {
        this.maxConfigurationBytes = maxConfigurationSize.toBytes();
        this.cache = caches.create(10_000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.settings = settings;
        this.host = host;
    }

    /** The tenant's plugin settings in order (from memory when recently read). */
    public List<TenantPluginSetting> settings() {
        return cache.get(k -> readOnly.execute(tx -> settings.findAllByOrderByPositionAscPluginIdAsc().stream()
                .map(s -> new TenantPluginSetting(s.getPluginId(), s.isEnabled(), s.getPosition(), s.getConfiguration()))
                .toList()));
    }

    /**
     * Saves a plugin's setting after validating the configuration against the plugin's schema and the plugin's
     * own checks; throws {@link InvalidPluginConfigurationException} and saves nothing otherwise.
     */
    @Transactional
    public TenantPluginSetting configure(String pluginId, boolean enabled, int position, Map<String, Object> configuration) {
        Administration.requireAdministrator();
        RequestClassifier classifier = host.classifier(pluginId).orElseThrow(() ->
                new InvalidPluginConfigurationException(List.of("No installed plugin " + pluginId + ".")));
        List<String> problems = new ArrayList<>();
        if (size(configuration) > maxConfigurationBytes) {
            throw new InvalidPluginConfigurationException(List.of("The configuration is larger than "
                    + maxConfigurationBytes / 1024 + " KB."));
        }
        try {
            problems.addAll(JsonSchemaValidator.validate(JSON.readTree(classifier.configurationSchema()), configuration));
        } catch (JsonProcessingException e) {
            problems.add("Plugin " + pluginId + " declares an unreadable configuration schema.");
        }
        if (problems.isEmpty()) {
            problems.addAll(classifier.validate(configuration));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPluginConfigurationException(problems);
        }
        TenantPluginEntity setting = settings.findByPluginId(pluginId).orElseGet(() -> new TenantPluginEntity(pluginId));
        setting.set(enabled, position, Map.copyOf(configuration));
        settings.save(setting);
        cache.evict();
        return new TenantPluginSetting(pluginId, enabled, position, configuration);
    }

    private static long size(Map<String, Object> configuration) {
        try {
            return JSON.writeValueAsBytes(configuration).length;
        } catch (JsonProcessingException e) {
            throw new InvalidPluginConfigurationException(List.of("The configuration cannot be written as JSON."));
        }
    }
}
