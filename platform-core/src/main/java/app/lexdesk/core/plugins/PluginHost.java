package app.lexdesk.core.plugins;

import app.lexdesk.plugin.api.PluginApi;
import app.lexdesk.plugin.api.RequestClassifier;
import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Loads the plugin jars of {@code lexdesk.plugins.dir} once, at start-up. pf4j checks each plugin's
 * {@code Plugin-Requires} against {@link PluginApi#VERSION}; a plugin that does not fit is not started.
 */
@Service
public class PluginHost {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

    private final PluginManager manager;
    private final Map<String, RequestClassifier> classifiers;

    PluginHost(@Value("${lexdesk.plugins.dir:}") String directory) {
        Path dir = directory.isBlank() ? null : Path.of(directory);
        if (dir == null || !Files.isDirectory(dir)) {
            log.info("No plugin directory ({}): built-in classification only", directory.isBlank() ? "unset" : dir);
            manager = null;
            classifiers = Map.of();
            return;
        }
        manager = new JarPluginManager(dir);
        manager.setSystemVersion(PluginApi.VERSION);
        manager.loadPlugins();
        manager.startPlugins();
        classifiers = manager.getExtensions(RequestClassifier.class).stream()
                .collect(Collectors.toUnmodifiableMap(RequestClassifier::id, Function.identity(), (a, b) -> a));
        log.info("Plugins in {}: {}; classifiers: {}", dir, installed(), classifiers.keySet());
    }

    public List<InstalledPlugin> installed() {
        if (manager == null) {
            return List.of();
        }
        return manager.getPlugins().stream().map(p -> new InstalledPlugin(p.getPluginId(),
                p.getDescriptor().getVersion(), p.getDescriptor().getPluginDescription(),
                p.getPluginState().toString())).toList();
    }

    public boolean isStarted(String pluginId) {
        return manager != null && manager.getPlugin(pluginId) != null
                && manager.getPlugin(pluginId).getPluginState() == PluginState.STARTED;
    }

    public Optional<RequestClassifier> classifier(String id) {
        return Optional.ofNullable(classifiers.get(id));
    }

    @PreDestroy
    void stop() {
        if (manager != null) {
            manager.stopPlugins();
        }
    }
}
