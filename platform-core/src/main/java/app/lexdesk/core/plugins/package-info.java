/**
 * Plugin host: loads pf4j plugin jars from {@code lexdesk.plugins.dir} at start-up (refusing those whose
 * {@code Plugin-Requires} does not match the plugin API version), keeps each tenant's choice of plugins (enabled,
 * order, configuration validated against the plugin's schema), runs classifiers with a time budget and delivers
 * notifications through the channel plugins a tenant switched on
 * ({@link app.lexdesk.core.plugins.NotificationChannels}), each call bounded in time and threads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plugins")
package app.lexdesk.core.plugins;
