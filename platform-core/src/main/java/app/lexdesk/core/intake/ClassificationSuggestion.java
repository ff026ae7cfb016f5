package app.lexdesk.core.intake;

/**
 * What the tenant's classifiers say of a request now: a board (matters) or contract type (contracts), or null when
 * none was confident and the request type has no default, and why. Staff only; nothing is moved by asking.
 */
public record ClassificationSuggestion(String target, String reason) {
}
