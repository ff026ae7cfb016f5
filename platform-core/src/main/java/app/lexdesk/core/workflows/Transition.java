package app.lexdesk.core.workflows;

/** A move a workflow allows, from one status code to another. */
public record Transition(String from, String to) {
}
