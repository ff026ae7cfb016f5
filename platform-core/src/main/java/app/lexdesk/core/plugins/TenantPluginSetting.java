package app.lexdesk.core.plugins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's setting of one plugin: on or off, its place among classifiers, its configuration. The
 * configuration is frozen all the way down: settings are shared between requests and handed to plugins,
 * none of which may change them.
 */
public record TenantPluginSetting(String pluginId, boolean enabled, int position, Map<String, Object> configuration) {

    public TenantPluginSetting {
        configuration = configuration == null ? Map.of() : freeze(configuration);
    }

    @SuppressWarnings("unchecked")
    private static <T> T freeze(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, freeze(v)));
            return (T) Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(freeze(v)));
            return (T) Collections.unmodifiableList(copy);
        }
        return value;
    }
}
