package app.lexdesk.core.plugins;

import app.lexdesk.core.plugins.internal.JsonSchemaValidator;
import app.lexdesk.core.plugins.internal.TenantPluginEntity;
import app.lexdesk.core.plugins.internal.TenantPluginRepository;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantCache;
import app.lexdesk.core.tenancy.TenantCaches;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The current tenant's plugins, classifiers and notification channels alike: which are on, in what order
 * (classifiers), configured how. A configuration is at most {@code lexdesk.plugins.max-configuration-size} as JSON,
 * whatever the plugin's schema allows, since every submission or notification of the tenant hands it to the plugin.
 */
@Service
public class PluginSettingsService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(PluginSettingsService.class);

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
     * own checks; throws {@link InvalidPluginConfigurationException} and saves nothing otherwise. The plugin is a
     * classifier or a notification channel (its position matters only among classifiers); an id no started plugin
     * provides is refused.
     */
    @Transactional
    public TenantPluginSetting configure(String pluginId, boolean enabled, int position, Map<String, Object> configuration) {
        Administration.requireAdministrator();
        List<ConfigurationChecks> checks = checks(pluginId);
        if (checks.isEmpty()) {
            throw new InvalidPluginConfigurationException(List.of("No installed plugin " + pluginId + "."));
        }
        if (size(configuration) > maxConfigurationBytes) {
            throw new InvalidPluginConfigurationException(List.of("The configuration is larger than "
                    + maxConfigurationBytes / 1024 + " KB."));
        }
        List<String> problems = new ArrayList<>();
        // Frozen all the way down: a plugin's checks may read the configuration, never change what is saved.
        Map<String, Object> frozen = new TenantPluginSetting(pluginId, enabled, position, configuration)
                .configuration();
        for (ConfigurationChecks check : checks) {
            problems.addAll(check.problems(pluginId, frozen));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPluginConfigurationException(problems.stream().distinct().toList());
        }
        TenantPluginEntity setting = settings.findByPluginId(pluginId).orElseGet(() -> new TenantPluginEntity(pluginId));
        setting.set(enabled, position, Map.copyOf(configuration));
        settings.save(setting);
        cache.evict();
        return new TenantPluginSetting(pluginId, enabled, position, configuration);
    }

    /** The schema and own checks of each extension the plugin provides under that id (classifier, channel). */
    private List<ConfigurationChecks> checks(String pluginId) {
        List<ConfigurationChecks> checks = new ArrayList<>();
        host.classifier(pluginId).ifPresent(c -> checks.add(
                new ConfigurationChecks(c::configurationSchema, c::validate)));
        host.channel(pluginId).ifPresent(c -> checks.add(
                new ConfigurationChecks(c::configurationSchema, c::validate)));
        return checks;
    }

    private record ConfigurationChecks(Supplier<String> schema, Function<Map<String, Object>, List<String>> own) {

        /** The schema's problems; when there are none, the plugin's own (a plugin that fails to check says so). */
        List<String> problems(String pluginId, Map<String, Object> configuration) {
            List<String> problems;
            try {
                problems = new ArrayList<>(JsonSchemaValidator.validate(JSON.readTree(schema.get()), configuration));
            } catch (JsonProcessingException | RuntimeException e) {
                return List.of("Plugin " + pluginId + " declares an unreadable configuration schema.");
            }
            if (problems.isEmpty()) {
                try {
                    List<String> own = this.own.apply(configuration);
                    problems.addAll(own == null ? List.of() : own);
                } catch (RuntimeException e) {
                    log.warn("Plugin {} failed while checking a configuration", pluginId, e);
                    problems.add("Plugin " + pluginId + " could not check this configuration.");
                }
            }
            return problems;
        }
    }

    private static long size(Map<String, Object> configuration) {
        try {
            return JSON.writeValueAsBytes(configuration).length;
        } catch (JsonProcessingException e) {
            throw new InvalidPluginConfigurationException(List.of("The configuration cannot be written as JSON."));
        }
    }
}
