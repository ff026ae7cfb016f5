package app.lexdesk.plugin.api;

/** The plugin API's version, which plugins name in their {@code Plugin-Requires} manifest entry. */
public final class PluginApi {

    /**
     * Semantic version of these contracts; the host refuses plugins that require another major. 1.1.0 added
     * {@link NotificationChannel}; plugins written for 1.0.0 (requiring {@code >=1.0.0 & <2.0.0}) still load.
     */
    public static final String VERSION = "1.1.0";

    private PluginApi() {
    }
}
