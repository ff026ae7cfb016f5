package app.lexdesk.core.plugins;

import app.lexdesk.plugin.api.NotificationChannel;
import app.lexdesk.plugin.api.PluginApi;
import app.lexdesk.plugin.api.RequestClassifier;
import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 * Loads the plugin jars of {@code lexdesk.plugins.dir} once, at start-up, and collects their extensions: request
 * classifiers and notification channels, each by its id. pf4j checks each plugin's {@code Plugin-Requires} against
 * {@link PluginApi#VERSION}; a plugin that does not fit is not started.
 */
@Service
public class PluginHost {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

    private final PluginManager manager;
    private final Map<String, RequestClassifier> classifiers;
    private final Map<String, NotificationChannel> channels;

    PluginHost(@Value("${lexdesk.plugins.dir:}") String directory) {
        Path dir = directory.isBlank() ? null : Path.of(directory);
        if (dir == null || !Files.isDirectory(dir)) {
            log.info("No plugin directory ({}): built-in classification only, no notification channel plugins",
                    directory.isBlank() ? "unset" : dir);
            manager = null;
            classifiers = Map.of();
            channels = Map.of();
            return;
        }
        manager = new JarPluginManager(dir);
        manager.setSystemVersion(PluginApi.VERSION);
        manager.loadPlugins();
        manager.startPlugins();
        classifiers = manager.getExtensions(RequestClassifier.class).stream()
                .collect(Collectors.toUnmodifiableMap(RequestClassifier::id, Function.identity(), (a, b) -> a));
        channels = manager.getExtensions(NotificationChannel.class).stream()
                .collect(Collectors.toUnmodifiableMap(NotificationChannel::id, Function.identity(), (a, b) -> a));
        log.info("Plugins in {}: {}; classifiers: {}; notification channels: {}", dir, installed(),
                classifiers.keySet(), channels.keySet());
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

    /** The notification channel of that id, if a started plugin provides one. */
    public Optional<NotificationChannel> channel(String id) {
        return Optional.ofNullable(channels.get(id));
    }

    /**
     * What administrators call a plugin: a notification channel's display name in {@code locale}, else its id (the
     * name of a channel that fails to say it).
     */
    public String displayName(String pluginId, Locale locale) {
        NotificationChannel channel = channels.get(pluginId);
        if (channel == null) {
            return pluginId;
        }
        try {
            String name = channel.displayName(locale);
            return name == null || name.isBlank() ? pluginId : name;
        } catch (RuntimeException e) {
            log.warn("Channel {} failed to give its name", pluginId, e);
            return pluginId;
        }
    }

    /** Every notification channel the started plugins provide, by id. */
    public List<NotificationChannel> channels() {
        return channels.values().stream().sorted(Comparator.comparing(NotificationChannel::id)).toList();
    }

    @PreDestroy
    void stop() {
        if (manager != null) {
            manager.stopPlugins();
        }
    }
}
