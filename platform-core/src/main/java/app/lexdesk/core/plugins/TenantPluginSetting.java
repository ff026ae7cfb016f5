package app.lexdesk.core.plugins;

import java.util.Map;

/** A tenant's setting of one plugin: on or off, its place among classifiers, its configuration. */
public record TenantPluginSetting(String pluginId, boolean enabled, int position, Map<String, Object> configuration) {
}
