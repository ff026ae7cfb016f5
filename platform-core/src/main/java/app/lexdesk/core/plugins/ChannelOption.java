package app.lexdesk.core.plugins;

/** A notification channel a tenant may send through: its plugin id and its name as administrators read it. */
public record ChannelOption(String id, String name) {
}
