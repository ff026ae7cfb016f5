package app.lexdesk.core.plugins;

/** A plugin jar the host loaded, and whether it started. */
public record InstalledPlugin(String id, String version, String description, String state) {
}
