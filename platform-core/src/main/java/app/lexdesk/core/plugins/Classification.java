package app.lexdesk.core.plugins;

/** Where a classifier put a request and why ("rules-classifier matched 'mise en demeure'"). */
public record Classification(String target, String classifierId, String reason) {
}
