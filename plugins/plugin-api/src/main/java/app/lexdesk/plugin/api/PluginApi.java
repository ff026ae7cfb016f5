package app.lexdesk.plugin.api;

/** The plugin API's version, which plugins name in their {@code Plugin-Requires} manifest entry. */
public final class PluginApi {

    /** Semantic version of these contracts; the host refuses plugins that require another major. */
    public static final String VERSION = "1.0.0";

    private PluginApi() {
    }
}
